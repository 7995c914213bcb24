package org.summitkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.summitkg.SummitKgException;
import org.summitkg.corpus.Article;
import org.summitkg.corpus.CorpusSource;
import org.summitkg.evaluate.BratDocument;
import org.summitkg.evaluate.BratReader;
import org.summitkg.evaluate.CueTrainer;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.statement.CueModel;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.CachingAnnotator;
import org.summitkg.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code summit-kg train-cues}: fits the cue model of reported speech on BRAT-annotated articles. */
@Command(name = "train-cues", mixinStandardHelpOptions = true,
        description = {"Trains the cue model (which words report what someone said or thought) on BRAT standoff gold "
                + "(a folder with text/ and attributions/, as PolNeAR's train split) and writes its weights. "
                + "Annotations come from the cache as in evaluate; texts not yet annotated run through CoreNLP."})
final class TrainCuesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "BRAT gold to train on: text/ and attributions/.")
    Path gold;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "data/cache",
            description = "Folder for cached CoreNLP annotations (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "cue-model.tsv",
            description = "Where to write the model (default: ${DEFAULT-VALUE}); the shipped one is "
                    + "src/main/resources/org/summitkg/extract/statement/cue-model.tsv.")
    Path out;

    @Option(names = "--sigma", paramLabel = "X", defaultValue = "1.0",
            description = "Width of the Gaussian prior on the weights; smaller is smoother (default: ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.4",
            description = "Probability from which a word the lexicons lack counts as a cue (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--veto", paramLabel = "P", defaultValue = "0.1",
            description = "Probability below which a word the lexicons list is not taken for a cue there (default: ${DEFAULT-VALUE}).")
    double veto;

    @Override
    public Integer call() {
        if (!BratReader.isBrat(gold)) {
            throw new ParameterException(spec.commandLine(), gold + ": --gold must be a BRAT folder with text/ and attributions/");
        }
        if (sigma <= 0 || threshold <= 0 || threshold >= 1 || veto < 0 || veto >= threshold) {
            throw new ParameterException(spec.commandLine(), "--sigma must be above 0 and 0 <= --veto < --threshold < 1, were "
                    + sigma + ", " + veto + " and " + threshold);
        }
        Map<String, BratDocument> docs = new HashMap<>();
        BratReader.read(gold).forEach(d -> docs.put(d.name(), d));
        List<Article> articles = CorpusSource.of(BratReader.textFolder(gold)).read().articles().stream()
                .filter(a -> docs.containsKey(stem(a.file()))).toList();
        CachingAnnotator annotator = new CachingAnnotator(CoreNlpAnnotator.sharedForParallelUse(), cache.resolve("annotations"));
        CueTrainer trainer = new CueTrainer(Lexicons.shipped());
        Progress progress = new Progress(spec.commandLine().getErr());
        int done = 0;
        for (Article a : articles) {
            trainer.add(new AnnotatedArticle(a, annotator.annotate(a)), docs.get(stem(a.file())));
            progress.step(++done, articles.size(), a.file());
        }
        CueModel model = trainer.train(sigma, threshold, veto);
        List<String> header = List.of("summit-kg cue model: logistic regression over CueFeatures (weights only, no text)",
                "trained " + LocalDate.now() + " by summit-kg train-cues --sigma " + sigma + " --threshold " + threshold + " --veto " + veto,
                "on " + articles.size() + " articles of " + gold + ": " + trainer.examples() + " candidate words, "
                        + trainer.positives() + " of them in a gold cue");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w, header);
        } catch (IOException e) {
            throw new SummitKgException(out + ": cue model cannot be written (" + e.getMessage() + ")", e);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d articles, %d candidate words, %d cues; model written to %s%n", articles.size(), trainer.examples(),
                trainer.positives(), out);
        return 0;
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }
}
