package org.summitkg.extract.statement;

import java.util.Set;
import java.util.TreeSet;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.Quote;
import org.summitkg.nlp.Token;

/** The words between a quotation's marks: text, character span, tokens and the sentences they touch. */
record QuoteSpan(String text, int begin, int end, int firstToken, int endToken, int sentence, Set<Integer> sentences) {

    static QuoteSpan of(AnnotatedArticle article, Quote q, Set<String> marks) {
        int first = -1;
        int end = -1;
        Set<Integer> sentences = new TreeSet<>();
        for (Token t : article.tokens()) {
            if (t.begin() >= q.begin() && t.end() <= q.end() && !marks.contains(t.word())) {
                first = first < 0 ? t.index() : first;
                end = t.index() + 1;
                sentences.add(t.sentence());
            }
        }
        if (first < 0) {
            return null;
        }
        int begin = article.token(first).begin();
        int stop = article.token(end - 1).end();
        return new QuoteSpan(article.text(begin, stop), begin, stop, first, end, article.token(first).sentence(), sentences);
    }

    boolean contains(int token) {
        return token >= firstToken && token < endToken;
    }
}
