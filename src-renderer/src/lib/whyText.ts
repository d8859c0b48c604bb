// The segmenter's reasons (English sentences from src-main/segment) in the interface language.
// A reason is "[quoted page text: ]phrase[; phrase…]"; the quoted text stays as printed.
import type { RawRange } from '../../../src-shared/domain/types'
import type { Translate } from '../i18n'
import { matchAll, type Phrase } from './phrases'

const exact = (text: string, key: Phrase[1]): Phrase => [new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`), key]

const PHRASES: Phrase[] = [
  exact('page section name at the top', 'why.sectionTop'),
  exact('lead phrase of a brief', 'why.briefLead'),
  exact('brief: text after its lead phrase', 'why.briefText'),
  exact('continuation marker', 'why.continuationMarker'),
  exact('section banner', 'why.sectionBanner'),
  exact('editorial credit', 'why.editorialCredit'),
  exact("a note on where the page's pictures come from", 'why.pictureNote'),
  exact("a letter's salutation: the letter under it opens here", 'why.salutation'),
  exact('a short line of phrases over a byline of its own: the headline of the text it signs', 'why.headlineOverByline'),
  exact('slogan: equal short word groups', 'why.slogan'),
  exact('slogan at the page top: a parallel phrase over text it takes few words from', 'why.pageSlogan'),
  exact('continued from another page', 'why.continuedFrom'),
  exact('byline-only line', 'why.bylineOnly'),
  exact('headline-like: short, no sentence punctuation', 'why.headlineLike'),
  exact('a paragraph broken mid-sentence: the next line goes on with its clause', 'why.brokenSentence'),
  exact('body text', 'why.bodyText'),
  exact('completes the unfinished paragraph before it', 'why.completesParagraph'),
  exact('opens the sentence the paragraph after it goes on with', 'why.opensBrokenSentence'),
  exact('body after a headline/byline cluster', 'why.bodyAfterCluster'),
  exact('body after an interruption', 'why.bodyAfterInterruption'),
  exact('body at the top of the page', 'why.bodyAtTop'),
  exact('body after a caption closed by its photo credit', 'why.bodyAfterCreditedCaption'),
  exact('nothing before: heads the article after it', 'why.nothingBefore'),
  exact('nothing after: closes the article before it', 'why.nothingAfter'),
  exact('headline printed directly above the opener after it', 'why.aboveOpener'),
  exact('the article before already has a headline', 'why.beforeHasHeadline'),
  exact('a photo item printed inside the unfinished text before it: heads its caption', 'why.photoInsideText'),
  exact('the text before is continued from another page: its headline is printed above it, not after', 'why.beforeIsContinuation'),
  exact('headline directly above a dateline', 'why.aboveDateline'),
  exact("two authors' bylines: the headline and byline of the text before, printed under it, then the byline over the text after", 'why.twoBylines'),
  exact('a headline over text continued from another page, reading like the article before: printed under it', 'why.overContinuationLeansBack'),
  exact('a headline after an untitled photo item, reading like its caption: printed under its credit', 'why.afterPhotoLeansBack'),
  exact('the article after has its own headline below it: headline printed after its body', 'why.afterHasOwn'),
  exact('two headlines between untitled articles: one each', 'why.twoHeadlines'),
  exact('headline printed after its body', 'why.headlineAfterBody'),
  exact('the photo or closing credit after them ends the article before', 'why.creditAfterEnds'),
  exact('photo or closing credit ends the article before it', 'why.creditEnds'),
  exact('byline belongs to the article before (the one after is credited)', 'why.bylineBefore'),
  exact("an author's byline under a headline whose article its dateline credits already: it signs the uncredited text after the stack", 'why.creditedOnce'),
  exact('repeats a paragraph printed earlier on the page', 'why.repeats'),
  exact('paragraphs printed above its headline read like it', 'why.aboveHeadline'),
  exact('captions and photo credit printed before the photo item they belong to', 'why.captionsBefore'),
  exact('short untitled paragraphs after a photo item: its captions', 'why.captionsAfter'),
  exact('paragraphs after a headline printed mid-article read like the article before', 'why.midHeadline'),
  exact('text with no opener, headline or credit of its own: continues the article before it', 'why.noOpener'),
  exact('headline printed under an article that already has one: starts a new article from the paragraphs reading like it', 'why.headlineUnder'),
  exact('a subheading inside one story (the text after it reads like the text before)', 'why.subheading'),
  exact('headline printed glued to the text after it, or beside the end of the one before', 'why.gluedAfter'),
  exact('headline glued under the text before it', 'why.gluedUnder'),
  exact('headline with no body near it', 'why.noBody'),
  exact('a column banner (shares no word with the page)', 'why.columnBanner'),
  exact('a column banner (shares no word with the article or its other headlines)', 'why.columnBannerArticle'),
  exact('a caption with its photo credit: a photo item printed inside the unfinished paragraph before it', 'why.photoInParagraph'),
  exact('resumes an article left mid-sentence (the only unfinished paragraph before it)', 'why.resumesOnly'),
  exact('resumes an article left mid-sentence: a word straddles the join', 'why.resumesStraddled'),
  exact('headline printed with the headlines of another article reads like this one', 'why.strayHeadline'),
  exact('headline reads like the article after it', 'why.readsLikeNext'),
  exact('headline inside a dated story: printed above the text after it', 'why.insideStory'),
  exact('editor’s note printed above the headline opens the article', 'why.editorsNote'),
  exact('the heading over the byline goes with the text after it', 'why.headingOverByline'),
  exact('a heading printed on consecutive lines stays whole', 'why.wholeHeading'),
  exact('a series label ("…·…") heads the headline printed under it', 'why.seriesLabel'),
  exact('paragraphs printed above it, after a dated article, read like it: the start of a story headed and signed under its text', 'why.signedStoryStart'),
  exact('paragraphs printed above its heading after the credit that closed the article before: the story it heads', 'why.creditedTail'),
  exact('a subheading of the story headed and signed under its text', 'why.sectionUnder'),
  exact('a closing credit signs a brief printed after an article its dateline credits', 'why.signedBrief'),
  exact('body after a text its closing credit signs off', 'why.signedOff'),
  exact('two headings of a stack read like the two parts of one text: the later part is a text of its own', 'why.stackSplit'),
  exact('headline over a resumed fragment: goes to the untitled article reading most like it', 'why.headlineOverResumed'),
  [/^opens with dateline (.+)$/, 'why.dateline', ['dateline']],
  [/^headlines split by the vocabulary they share with the articles around them \((\d+) of (\d+) go back\)$/, 'why.vocabularySplit', ['back', 'of']],
  [/^in a stack of (\d+) headlines printed together, reads most like this article$/, 'why.stack', ['n']],
  exact('the last of a stack, printed right over a photo caption: its headline', 'why.stackOverCaption'),
  [/^continues after an interruption \(shared vocabulary ([\d.]+)\)$/, 'why.continuesShared', ['score']],
  [/^(.+?)… takes up the sentence this article left unfinished$/, 'why.takesUp', ['text']],
  [/^(.+?)… continues the unfinished paragraph after an interruption$/, 'why.continuesParagraph', ['text']],
  [/^(.+?)… credits a picture inside the story: the text after it goes on with it$/, 'why.inStoryPicture', ['text']],
]

/** The page text a reason quotes ("quoted text: phrase"), or null when it quotes none. */
function quoted(reason: string): string | null {
  const any: Translate = () => ''
  for (let i = reason.indexOf(': '); i > 0; i = reason.indexOf(': ', i + 1)) {
    if (matchAll(PHRASES, reason.slice(i + 2), '; ', '', any) !== null) return reason.slice(0, i)
  }
  return null
}

const squeeze = (s: string) => s.replace(/\s+/g, '')

/**
 * The reasons still about the article. Edits keep the proposal's reasons as they were (a merge
 * joins both lists), so a reason quoting lines that have since left the article (split off,
 * moved, made noise) is left out. The segmenter quotes the start of a line without its spaces,
 * several lines joined by " / "; a quote not found on the page at all (an undoubled fake-bold
 * headline) is kept.
 */
export function currentReasons(reasons: readonly string[], raw: string, fragments: readonly RawRange[]): readonly string[] {
  const page = squeeze(raw)
  const own = fragments.map((f) => squeeze(raw.slice(f.start, f.end)))
  return reasons.filter((r) => {
    const q = quoted(r)
    return q === null || q.split(' / ').some((part) => own.some((o) => o.includes(part)) || !page.includes(part))
  })
}

/** One reason in the interface language; as written when its phrasing is unknown. */
export function whyText(reason: string, t: Translate): string {
  const join = t('why.join')
  const whole = matchAll(PHRASES, reason, '; ', join, t)
  if (whole !== null) return whole
  // "quoted text: phrase": the first ": " after which everything is known phrases.
  for (let i = reason.indexOf(': '); i > 0; i = reason.indexOf(': ', i + 1)) {
    const rest = matchAll(PHRASES, reason.slice(i + 2), '; ', join, t)
    if (rest !== null) return t('why.quoted', { text: reason.slice(0, i), reason: rest })
  }
  return reason
}
