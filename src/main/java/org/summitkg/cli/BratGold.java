package org.summitkg.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitkg.corpus.Article;
import org.summitkg.corpus.Corpus;
import org.summitkg.corpus.CorpusSource;
import org.summitkg.evaluate.BratDocument;
import org.summitkg.evaluate.BratReader;

/**
 * A BRAT gold folder read for scoring or training: its texts as articles (those with gold
 * attributions, in corpus order), the gold document of each, and the corpus as read (for what it skipped).
 */
record BratGold(Corpus corpus, List<Article> articles, Map<String, BratDocument> documents) {
    static BratGold read(Path folder) {
        Map<String, BratDocument> docs = new HashMap<>();
        BratReader.read(folder).forEach(d -> docs.put(d.name(), d));
        Corpus corpus = CorpusSource.of(BratReader.textFolder(folder)).read();
        List<Article> articles = corpus.articles().stream().filter(a -> docs.containsKey(stem(a.file()))).toList();
        return new BratGold(corpus, articles, Map.copyOf(docs));
    }

    /** The gold document of an article of this folder. */
    BratDocument of(Article article) {
        return documents.get(stem(article.file()));
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }
}
