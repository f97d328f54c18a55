import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../electron/services/file-system';
import { useTempDir } from '../helpers/temp-dir';

const dir = useTempDir();

describe('nodeFileSystem.statMany', () => {
  it('answers for every path in order, null for missing ones, across more files than one slice', async () => {
    const paths: string[] = [];
    for (let index = 0; index < 1203; index += 1) {
      const filePath = path.join(dir(), `f${index}.json`);
      paths.push(filePath);
      if (index % 400 !== 7) await fsp.writeFile(filePath, 'x'.repeat(index % 13));
    }
    const stats = await nodeFileSystem.statMany(paths);
    expect(stats).toHaveLength(paths.length);
    stats.forEach((entry, index) => {
      if (index % 400 === 7) expect(entry, paths[index]).toBeNull();
      else expect(entry, paths[index]).toMatchObject({ size: index % 13, isFile: true, isDirectory: false });
    });
  });
});
