package org.summitkg.extract.parse;

import java.util.Locale;
import java.util.stream.Stream;

/** The lexicons the extractors read; {@link #shipped()} gives the ones in the jar. */
public record Lexicons(Lexicon titles, Lexicon facilities, Lexicon groupNouns, Lexicon speechVerbs,
                       Lexicon speechNouns, Lexicon speechAdjectives, Lexicon describingVerbs,
                       Lexicon attitudeVerbs, Lexicon describedSpeakers, Lexicon nonAttributionVerbs, Lexicon anaphors,
                       Lexicon peopleEndings, Lexicon speakingVerbs, Lexicon hearerVerbs, Lexicon stanceVerbs, Lexicon questionVerbs,
                       Lexicon findingSources) {

    public static Lexicons shipped() {
        return new Lexicons(Lexicon.load("titles"), Lexicon.load("facilities"), Lexicon.load("group-nouns"),
                Lexicon.load("speech-verbs"), Lexicon.load("speech-nouns"),
                Lexicon.load("speech-adjectives"), Lexicon.load("describing-verbs"),
                Lexicon.load("attitude-verbs"), Lexicon.load("described-speakers"),
                Lexicon.load("non-attribution-verbs"), Lexicon.load("anaphors"), Lexicon.load("people-endings"),
                Lexicon.load("speaking-verbs"), Lexicon.load("hearer-verbs"), Lexicon.load("stance-verbs"), Lexicon.load("question-verbs"),
                Lexicon.load("finding-sources"));
    }

    /** Whether a noun (word or lemma) names people or a body that can speak: "officials", "the governor", "the agency". */
    public boolean isSpeakerNoun(String word, String lemma) {
        return Stream.of(lemma, singular(word, lemma))
                .anyMatch(l -> describedSpeakers.contains(l) || groupNouns.contains(l) || titles.contains(l))
                || groupNouns.contains(word) || titles.contains(word);
    }

    /**
     * Where the lemmatiser left a plural as it is ("filings"), the word without its "s", so that
     * the lexicons' singular entries still find it; else the lemma.
     */
    static String singular(String word, String lemma) {
        String w = word.toLowerCase(Locale.ROOT);
        boolean leftAsItIs = lemma.equalsIgnoreCase(word) && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
        return leftAsItIs ? w.substring(0, w.length() - 1) : lemma;
    }
}
