package org.summitkg.extract.statement;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Topics with their trigger terms (read from {@code ontology/topics.ttl} by the RDF stage). A text
 * is about a topic when it contains one of its triggers as whole words, in any case, with an
 * optional plural ending.
 */
public record TopicScheme(List<Topic> topics) {
    public TopicScheme {
        topics = List.copyOf(topics);
    }

    /** No topics at all. */
    public static TopicScheme empty() {
        return new TopicScheme(List.of());
    }

    /** One topic: its name (e.g. "ceasefire") and trigger terms. */
    public record Topic(String name, List<String> triggers) {
        public Topic {
            Objects.requireNonNull(name, "name");
            triggers = List.copyOf(triggers);
        }

        boolean matches(String lowerText) {
            for (String trigger : triggers) {
                String t = Pattern.quote(trigger.toLowerCase(Locale.ROOT));
                if (Pattern.compile("(?<![\\p{L}\\p{N}])" + t + "(s|es)?(?![\\p{L}\\p{N}])").matcher(lowerText).find()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Names of the topics a text speaks of, in the scheme's order. */
    public List<String> tag(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return topics.stream().filter(t -> t.matches(lower)).map(Topic::name).toList();
    }
}
