package org.summitkg.export;

/**
 * What the graph view keeps: only statements about {@code topic} (null: all), only what one
 * {@code article} (a source file name; null: all) reports, co-occurrence edges of at least
 * {@code minWeight} shared sentences, and statements at all or not.
 */
public record ViewFilter(String topic, String article, int minWeight, boolean statements) {

    public static ViewFilter all() {
        return new ViewFilter(null, null, 1, true);
    }

    /** Whether something found in these articles (file names joined by " | ") passes the article filter. */
    boolean keepsArticles(String files) {
        return article == null || java.util.List.of(files.split(" \\| ")).contains(article);
    }
}
