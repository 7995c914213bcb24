package org.summitkg.export;

import java.util.List;
import java.util.Objects;

/**
 * What the graph view keeps: the {@code view} (which question it answers), only statements about
 * {@code topic} (null: all), only what one {@code article} (a source file name; null: all)
 * reports, co-occurrence edges of at least {@code minWeight} shared sentences, and statements at
 * all or not (where the view has them).
 */
public record ViewFilter(View view, String topic, String article, int minWeight, boolean statements) {
    public ViewFilter {
        Objects.requireNonNull(view, "view");
    }

    public static ViewFilter all() {
        return of(View.ALL);
    }

    public static ViewFilter of(View view) {
        return new ViewFilter(view, null, null, 1, true);
    }

    /** Whether something found in these articles (file names joined by " | ") passes the article filter. */
    boolean keepsArticles(String files) {
        return article == null || List.of(files.split(" \\| ")).contains(article);
    }
}
