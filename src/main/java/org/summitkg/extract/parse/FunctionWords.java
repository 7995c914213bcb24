package org.summitkg.extract.parse;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitkg.SummitKgException;
import org.summitkg.internal.Table;
import org.summitkg.nlp.Token;

/**
 * The closed-class words the rules turn on (determiners, pronouns, prepositions), one constant a
 * role; the words of each are read from {@code lexicon/function-words.tsv}, where a user can change
 * them, and every role must have a row there.
 *
 * <pre>{@code
 * if (FunctionWords.PERSON_PRONOUNS.contains(token.word())) { … }
 * }</pre>
 */
public enum FunctionWords {
    NAME_JOINERS, DEFINITE_ARTICLE, DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS, DESCRIPTION_DETERMINERS,
    AFFILIATION_PREPOSITIONS, PERSON_PRONOUNS, GROUP_PRONOUNS, SPEAKING_PRONOUNS, PAIR_WORDS, EVENT_PLACE_PREPOSITIONS,
    EVENT_PARTY_PREPOSITIONS, MADE_AT_PREPOSITIONS, ABOUT_PREPOSITIONS, ADDRESSEE_PREPOSITIONS, CHARACTERISING_PREPOSITIONS, DESCRIBED_AS, REPORTING_AS,
    DEMAND_FOR, DEMAND_ON, THAT, QUESTION_MARKS, NEGATIONS, NOTHING, NOBODY, DEMONSTRATIVES, CONTENT_LEADING_WORDS, ACCORDING_TO, PERFECT_AUXILIARY,
    JOINT, EVENT_TIME_PREPOSITIONS, TARGET_PREPOSITIONS, EVENT_AGENT_PREPOSITIONS, CIRCUMSTANCE_MARKS, INCLUDING,
    FINDING_PREPOSITIONS, SETTING_PREPOSITIONS, HEARSAY_PASSIVES, RAISING_VERBS, HEDGES, TOPIC_ONLY_VERBS, TOPIC_PREPOSITIONS, RENAMING_ADVERBS,
    INTERVIEW_TURNS, AGE_WORDS, CONTRAST_MARKS;

    static final String RESOURCE = "/org/summitkg/lexicon/function-words.tsv";
    private static final Map<FunctionWords, List<String>> WORDS = read(Table.tsvResource(RESOURCE));

    /** Whether the word (any case) is one of this role's. */
    public boolean contains(String word) {
        return WORDS.get(this).contains(word.toLowerCase(Locale.ROOT));
    }

    /** This role's words, in the file's order. */
    public List<String> words() {
        return WORDS.get(this);
    }

    /** Whether this role's words, as a phrase, start at token {@code first} (any case): "According to". */
    public boolean startsAt(List<Token> tokens, int first) {
        List<String> phrase = words();
        if (first < 0 || first + phrase.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!tokens.get(first + i).word().toLowerCase(Locale.ROOT).equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The role's name in the file: {@code PERSON_PRONOUNS} is "person-pronouns". */
    public String role() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Map<FunctionWords, List<String>> read(List<Table.Row> rows) {
        Map<FunctionWords, List<String>> out = new EnumMap<>(FunctionWords.class);
        for (Table.Row row : rows) {
            FunctionWords role = Arrays.stream(values()).filter(v -> v.role().equals(row.get("role"))).findFirst()
                    .orElseThrow(() -> row.error("role", "must be one of " + Arrays.stream(values()).map(FunctionWords::role).toList()));
            out.put(role, List.of(row.get("words").toLowerCase(Locale.ROOT).split("\\s+")));
        }
        for (FunctionWords role : values()) {
            if (!out.containsKey(role)) {
                throw new SummitKgException(RESOURCE + ": no row for role '" + role.role() + "'");
            }
        }
        return out;
    }
}
