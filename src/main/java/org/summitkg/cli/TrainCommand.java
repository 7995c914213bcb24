package org.summitkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.summitkg.SummitKgException;
import org.summitkg.corpus.Article;
import org.summitkg.evaluate.BratDocument;
import org.summitkg.evaluate.BratReader;
import org.summitkg.evaluate.CueTrainer;
import org.summitkg.evaluate.StatementFilterTrainer;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.parse.Lexicons;
import org.summitkg.extract.statement.LogisticModel;
import org.summitkg.link.Gazetteer;
import org.summitkg.nlp.AnnotatedArticle;
import org.summitkg.nlp.CachingAnnotator;
import org.summitkg.nlp.CoreNlpAnnotator;
import org.summitkg.rdf.TopicSchemeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code summit-kg train}: fits one of the learned models of attribution on BRAT-annotated articles. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a model of attribution on BRAT standoff gold (a folder with text/ and attributions/, as PolNeAR's "
                + "train split) and writes its weights: --model cues (which words report what someone said or thought) or "
                + "--model statements (which found statements to keep; trained on what the rules and the shipped cue model find). "
                + "Annotations come from the cache as in evaluate; texts not yet annotated run through CoreNLP."})
final class TrainCommand implements Callable<Integer> {
    /** The models there are to train. */
    enum Model { cues, statements }

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "M", defaultValue = "cues",
            description = "Which model: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Model model;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "BRAT gold to train on: text/ and attributions/.")
    Path gold;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "data/cache",
            description = "Folder for cached CoreNLP annotations (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the model (default: cue-model.tsv or statement-model.tsv); the shipped ones are in "
                    + "src/main/resources/org/summitkg/extract/statement/.")
    Path out;

    /** The shipped models' cuts, chosen on PolNeAR train and dev (README, "The cue model" and "The statement model"). */
    private static final double CUE_CUT = 0.3;
    private static final double STATEMENT_CUT = 0.38;

    @Option(names = "--sigma", paramLabel = "X", defaultValue = "1.0",
            description = "Width of the Gaussian prior on the weights; smaller is smoother (default: ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--threshold", paramLabel = "P",
            description = "cues: probability from which a word the lexicons lack counts as a cue (default 0.3); "
                    + "statements: probability below which a reported statement or attitude is dropped (default 0.38).")
    Double threshold;

    @Option(names = "--veto", paramLabel = "P", defaultValue = "0.1",
            description = "cues only: probability below which a verb, listed or not, is not taken for a cue there (default: ${DEFAULT-VALUE}).")
    double veto;

    @Override
    public Integer call() {
        try {
            return train();
        } catch (IllegalStateException e) {
            throw new SummitKgException(gold + ": " + e.getMessage(), e);
        }
    }

    private int train() {
        double cut = threshold != null ? threshold : model == Model.cues ? CUE_CUT : STATEMENT_CUT;
        double vetoCut = model == Model.cues ? veto : 0;
        if (!BratReader.isBrat(gold)) {
            throw new ParameterException(spec.commandLine(), gold + ": --gold must be a BRAT folder with text/ and attributions/");
        }
        if (sigma <= 0 || cut <= 0 || cut >= 1 || vetoCut < 0 || vetoCut >= cut) {
            throw new ParameterException(spec.commandLine(), "--sigma must be above 0 and 0 <= --veto < --threshold < 1, were "
                    + sigma + ", " + vetoCut + " and " + cut);
        }
        BratGold brat = BratGold.read(gold);
        String settings = "--model " + model + " --sigma " + sigma + " --threshold " + cut + (model == Model.cues ? " --veto " + veto : "");
        LogisticModel fitted;
        String header;
        String summary;
        if (model == Model.cues) {
            CueTrainer trainer = new CueTrainer(Lexicons.shipped());
            annotated(brat, trainer::add);
            fitted = trainer.train(sigma, cut, vetoCut);
            header = "summit-kg cue model: logistic regression over CueFeatures (weights only, no text)";
            summary = trainer.examples() + " candidate words, " + trainer.positives() + " of them in a gold cue";
        } else {
            ArticleExtractor extractor = new ArticleExtractor(Lexicons.shipped(), TopicSchemeReader.shipped(),
                    Gazetteer.shipped().knownNames(), LogisticModel.ALL);
            StatementFilterTrainer trainer = new StatementFilterTrainer();
            annotated(brat, (annotated, doc) -> trainer.add(annotated, extractor.extract(annotated).statements(), doc));
            fitted = trainer.train(sigma, cut);
            header = "summit-kg statement model: logistic regression over StatementFeatures (weights only, no text)";
            summary = trainer.examples() + " found statements, " + trainer.right() + " of them matching a gold content";
        }
        Path file = out != null ? out : Path.of(model == Model.cues ? LogisticModel.CUES : LogisticModel.STATEMENTS);
        write(fitted, file, List.of(header, "trained " + LocalDate.now() + " by summit-kg train " + settings,
                "on " + brat.articles().size() + " articles of " + gold + ": " + summary));
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d articles, %s; model written to %s%n", brat.articles().size(), summary, file);
        return 0;
    }

    private static void write(LogisticModel model, Path file, List<String> header) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            model.write(w, header);
        } catch (IOException e) {
            throw new SummitKgException(file + ": model cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /** Hands each gold article, annotated (from the cache where it can), with its gold document to {@code use}, showing progress. */
    private void annotated(BratGold brat, java.util.function.BiConsumer<AnnotatedArticle, BratDocument> use) {
        CachingAnnotator annotator = new CachingAnnotator(CoreNlpAnnotator.sharedForParallelUse(), cache.resolve("annotations"));
        Progress progress = new Progress(spec.commandLine().getErr());
        int done = 0;
        for (Article a : brat.articles()) {
            use.accept(new AnnotatedArticle(a, annotator.annotate(a)), brat.of(a));
            progress.step(++done, brat.articles().size(), a.file());
        }
    }
}
