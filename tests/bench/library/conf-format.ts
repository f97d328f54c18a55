/** The conf baseline's store name: the library lives in `<dir>/drafts.json`. */
export const CONF_NAME = 'drafts';
