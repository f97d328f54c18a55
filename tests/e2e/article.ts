/**
 * The body of /work/shared/samples/scraped-wire-rewrite.txt without the site's
 * chrome (navigation, repeated titles, comment form), as a web page would put
 * it on the clipboard.
 */
export const ARTICLE = {
  headline: 'Le Pen wants closer ties between NATO and Russia – It wants to stay in the EU',
  standfirst:
    'The far-right candidate would leave NATO’s joint command but keep Article Five, and says France should stay in the European Union.',
  byline: 'Staff reporter',
  section: 'World',
  dateline: 'PARIS',
  tags: ['France', 'NATO', 'Elections'],
  credit: 'Capital',
  html: `<meta charset="utf-8"><div class="td-post-content">
<p>France’s far-right presidential candidate, Marine Le Pen, said on Wednesday that as soon as the Russia-Ukraine war ended, she would propose closer ties between NATO and Russia, according to <a href="https://www.reuters.com/">Reuters</a>.</p>
<p>Le Pen also said she did not want France to leave the European Union, adding that she would respect the Paris agreement on climate change if elected president.</p>
<h2>Exit NATO?</h2>
<p>In the same statements, Le Pen pledged – according to the BBC and Ria Novosti – that if elected president she would retire from the NATO military administration.</p>
<p>“If I am elected president, I will leave NATO’s Joint Command, but I will not abandon Article Five on mutual protection,” Le Pen was quoted as saying at a news conference. It is noted that this is a key NATO pact, according to which an attack on one member of the military alliance is considered an attack on all 30 members.</p>
<p>According to Ria Novosti, she herself reportedly stated that she would not hand over the French troops to either a joint alliance administration or a future European administration, stating that “France will not submit to an American protectorate”.</p>
<p>Russia has opposed any NATO expansion to its borders, including any attempt by neighboring Ukraine to join the military alliance. NATO has sent weapons to the Ukrainian army during the conflict, the BBC notes.</p>
<p>It is recalled that France had in the past withdrawn from the military wing of NATO and specifically in 1967 under the presidency of Charles de Gaulle to return in 2009 under the presidency of Nicolas Sarkozy.</p>
<p>It is noted that the second round of presidential elections in France will be held on April 24. Le Pen came in second behind incumbent President Emanuel Macron in the first round, and opinion polls suggest a fierce battle in the second round.</p>
</div>`,
};

export function articleText(): string {
  return ARTICLE.html.replace(/<[^>]+>/g, ' ');
}
