package org.summitkg.evaluate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores found statements against the gold attributions of one article. A statement matches a
 * gold attribution when it covers at least half of the gold content's word tokens and is at most
 * three times as long; a quoted fragment lying inside a gold content is neither right nor wrong.
 * Where the gold source names someone (a capitalised word that is not a pronoun or determiner),
 * the speaker is right when one of its names shares a word with the source span; a source that
 * names no one ("he", "officials") cannot be judged by name and counts as right.
 *
 * <pre>{@code
 * AttributionScore s = new AttributionScorer(gold).score(found);
 * }</pre>
 */
public final class AttributionScorer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** The longest capitalised word whose dot is taken for an abbreviation's ("Capt."). */
    private static final int MAX_ABBREVIATION = 4;
    private Set<String> midSentenceCapitals;
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "it", "i", "we", "you", "the", "a", "an",
            "his", "her", "their", "its", "this", "that", "these", "those", "one", "some", "many", "most", "other",
            "others", "both", "all", "who", "which", "my", "our", "your", "mr", "mrs", "ms", "dr");

    private final BratDocument gold;
    private final SpeechCues cues;
    private final List<int[]> words = new ArrayList<>();
    /** The word tokens of each gold content, in the order of the gold attributions. */
    private final List<BitSet> goldWords;

    public AttributionScorer(BratDocument gold) {
        this(gold, SpeechCues.shipped());
    }

    AttributionScorer(BratDocument gold, SpeechCues cues) {
        this.gold = gold;
        this.cues = cues;
        Matcher m = WORD.matcher(gold.text());
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        goldWords = gold.attributions().stream().map(a -> tokens(a.content())).toList();
    }

    private BitSet words(FoundAttribution f) {
        return tokens(f.content());
    }

    public AttributionScore score(List<FoundAttribution> found) {
        int tp = 0;
        int fp = 0;
        int tpSpeaker = 0;
        boolean[] matched = new boolean[goldWords.size()];
        boolean[] matchedSpeaker = new boolean[goldWords.size()];
        for (FoundAttribution f : found) {
            BitSet fw = words(f);
            boolean hit = false;
            boolean hitSpeaker = false;
            for (int g = 0; g < goldWords.size(); g++) {
                if (matches(fw, goldWords.get(g))) {
                    hit = true;
                    matched[g] = true;
                    if (speakerRight(gold.attributions().get(g), f)) {
                        hitSpeaker = true;
                        matchedSpeaker[g] = true;
                    }
                }
            }
            if (hit) {
                tp++;
                tpSpeaker += hitSpeaker ? 1 : 0;
            } else if (!(f.fragment() && insideSomeContent(fw, goldWords))) {
                fp++;
            }
        }
        return totals(tp, fp, tpSpeaker, matched, matchedSpeaker);
    }

    /** Gold attributions nothing matched, as "cue | content" lines, for reading what was missed. */
    public List<String> missed(List<FoundAttribution> found) {
        List<BitSet> foundWords = found.stream().map(this::words).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < goldWords.size(); i++) {
            BitSet g = goldWords.get(i);
            BratAttribution a = gold.attributions().get(i);
            if (foundWords.stream().noneMatch(f -> matches(f, g))) {
                out.add("missed   [" + a.sourceText() + "] [" + a.cueText() + "] " + excerpt(a.content()) + nearest(foundWords, g));
            }
        }
        return out;
    }

    /** Found statements that match a gold content whose source names someone else, as "speaker vs source" lines. */
    public List<String> wrongSpeakers(List<FoundAttribution> found) {
        List<String> out = new ArrayList<>();
        for (FoundAttribution f : found) {
            BitSet fw = words(f);
            for (int g = 0; g < goldWords.size(); g++) {
                BratAttribution a = gold.attributions().get(g);
                if (matches(fw, goldWords.get(g)) && !speakerRight(a, f)) {
                    out.add("speaker  [" + String.join(" / ", f.speakerNames()) + "] (" + f.rule() + ") for [" + a.sourceText()
                            + "] " + excerpt(f.content()));
                }
            }
        }
        return out;
    }

    /** Whether a span found in the text matches this gold attribution's content, by the rule above. */
    public boolean matches(BratAttribution attribution, TextSpan found) {
        int g = gold.attributions().indexOf(attribution);
        if (g < 0) {
            throw new IllegalArgumentException("attribution is not one of " + gold.name() + "'s");
        }
        return matches(tokens(List.of(found)), goldWords.get(g));
    }

    /** Whether a found statement matches a gold content: true or false, or empty for a quoted fragment inside one. */
    public java.util.Optional<Boolean> judge(FoundAttribution f) {
        BitSet fw = words(f);
        if (goldWords.stream().anyMatch(g -> matches(fw, g))) {
            return java.util.Optional.of(true);
        }
        return f.fragment() && insideSomeContent(fw, goldWords) ? java.util.Optional.empty() : java.util.Optional.of(false);
    }

    /** Found statements that match no gold attribution (quoted fragments inside a gold content left out). */
    public List<String> spurious(List<FoundAttribution> found) {
        List<String> out = new ArrayList<>();
        for (FoundAttribution f : found) {
            BitSet fw = words(f);
            if (goldWords.stream().noneMatch(g -> matches(fw, g)) && !(f.fragment() && insideSomeContent(fw, goldWords))) {
                out.add("spurious [" + String.join(" / ", f.speakerNames()) + "] (" + f.rule() + ") " + excerpt(f.content()));
            }
        }
        return out;
    }

    /** The found statement that shares most words with a gold content: " (closest: 3 of 9 words, 20 long)". */
    private static String nearest(List<BitSet> found, BitSet gold) {
        int best = 0;
        int length = 0;
        for (BitSet f : found) {
            BitSet shared = (BitSet) f.clone();
            int size = shared.cardinality();
            shared.and(gold);
            if (shared.cardinality() > best) {
                best = shared.cardinality();
                length = size;
            }
        }
        return best == 0 ? "" : " (closest: " + best + " of " + gold.cardinality() + " words, " + length + " long)";
    }

    private String excerpt(List<TextSpan> spans) {
        StringBuilder b = new StringBuilder();
        for (TextSpan s : spans) {
            b.append(b.length() == 0 ? "" : " … ").append(gold.text(), s.begin(), Math.min(s.end(), gold.text().length()));
        }
        return b.toString().replace('\n', ' ');
    }

    private AttributionScore totals(int tp, int fp, int tpSpeaker, boolean[] matched, boolean[] matchedSpeaker) {
        int n = matched.length;
        int goldFound = 0;
        int speech = 0;
        int speechFound = 0;
        int goldSpeaker = 0;
        int judged = 0;
        int right = 0;
        for (int g = 0; g < n; g++) {
            BratAttribution a = gold.attributions().get(g);
            boolean isSpeech = cues.isSpeech(a.cueText());
            goldFound += matched[g] ? 1 : 0;
            speech += isSpeech ? 1 : 0;
            speechFound += isSpeech && matched[g] ? 1 : 0;
            goldSpeaker += matchedSpeaker[g] ? 1 : 0;
            if (matched[g] && namesSomeone(a)) {
                judged++;
                right += matchedSpeaker[g] ? 1 : 0;
            }
        }
        return new AttributionScore(new Score(tp, fp, goldFound, n), new Score(tp, fp, speechFound, speech),
                new Score(tpSpeaker, tp + fp - tpSpeaker, goldSpeaker, n), judged, right);
    }

    /** At least half of the gold content's words, and at most three times as long. */
    static boolean matches(BitSet found, BitSet gold) {
        if (gold.isEmpty() || found.isEmpty()) {
            return false;
        }
        BitSet shared = (BitSet) found.clone();
        shared.and(gold);
        return shared.cardinality() * 2 >= gold.cardinality() && found.cardinality() <= 3 * gold.cardinality();
    }

    private static boolean insideSomeContent(BitSet found, List<BitSet> golds) {
        return golds.stream().anyMatch(g -> {
            BitSet rest = (BitSet) found.clone();
            rest.andNot(g);
            return rest.isEmpty();
        });
    }

    /** The word tokens (by index) whose middle lies inside one of the spans. */
    private BitSet tokens(List<TextSpan> spans) {
        BitSet set = new BitSet();
        for (int i = 0; i < words.size(); i++) {
            int middle = (words.get(i)[0] + words.get(i)[1]) / 2;
            int index = i;
            if (spans.stream().anyMatch(s -> s.contains(middle))) {
                set.set(index);
            }
        }
        return set;
    }

    private boolean namesSomeone(BratAttribution a) {
        return !nameWords(a).isEmpty();
    }

    /** The source's capitalised words that are not pronouns or determiners, nor a sentence's first word unless a name. */
    private List<String> nameWords(BratAttribution a) {
        List<String> names = new ArrayList<>();
        for (TextSpan s : a.source()) {
            Matcher m = WORD.matcher(gold.text()).region(s.begin(), Math.min(s.end(), gold.text().length()));
            while (m.find()) {
                String w = m.group();
                if (Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
                        && (!startsSentence(m.start()) || capitalisedMidSentence().contains(w))) {
                    names.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private boolean startsSentence(int offset) {
        String text = gold.text();
        int i = offset - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '.' && isAbbreviation(i)) {
            return false; // "Sen. Okafor", "the U.S. Senate": a title's or an initial's dot ends no sentence
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0 || text.charAt(i + 1) == '\n';
    }

    /** Whether the dot at {@code dot} ends a short capitalised word: a title or an initial ("Gov.", "U.S."). */
    private boolean isAbbreviation(int dot) {
        String text = gold.text();
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return dot - start >= 1 && dot - start <= MAX_ABBREVIATION && Character.isUpperCase(text.charAt(start));
    }

    /**
     * The words the text capitalises where no sentence starts: names, so that a name that starts
     * a sentence ("Okafor, a planner, said") still counts as one.
     */
    private Set<String> capitalisedMidSentence() {
        if (midSentenceCapitals == null) {
            Set<String> out = new HashSet<>();
            Matcher m = WORD.matcher(gold.text());
            while (m.find()) {
                if (Character.isUpperCase(m.group().charAt(0)) && !startsSentence(m.start())) {
                    out.add(m.group());
                }
            }
            midSentenceCapitals = out;
        }
        return midSentenceCapitals;
    }

    private boolean speakerRight(BratAttribution a, FoundAttribution f) {
        List<String> source = nameWords(a);
        if (source.isEmpty()) {
            return true;
        }
        return f.speakerNames().stream().flatMap(n -> WORD.matcher(n).results().map(r -> r.group().toLowerCase(Locale.ROOT)))
                .anyMatch(source::contains);
    }
}
