package org.summitkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.summitkg.SummitKgException;
import org.summitkg.evaluate.ArticleScore;
import org.summitkg.evaluate.BratReader;
import org.summitkg.evaluate.GoldArticle;
import org.summitkg.evaluate.GraphEvaluator;
import org.summitkg.evaluate.Score;
import org.summitkg.rdf.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summit-kg evaluate}: precision, recall and F1 of the built graph against gold files. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores summit-kg against gold: the built graph against gold-standard JSON files (one per article, "
                + "named after it), or the statements of BRAT standoff gold texts (text/*.txt with attributions/*.ann, "
                + "PolNeAR's format; the texts are annotated and extracted, not stored). Prints precision, recall and "
                + "F1 per category and article, then overall.",
            "Matching rules: see the README's Evaluation section."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold .json files.")
    Path gold;

    @Option(names = "--details", description = "Also list missed and spurious items per article.")
    boolean details;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Gold format: json or brat (default: brat when "
            + "the folder holds text/ and attributions/ or .ann files, else json).")
    GoldFormat format;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "data/cache",
            description = "BRAT gold: folder for cached CoreNLP annotations (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--summary", description = "BRAT gold: print only the overall row, not one row per article.")
    boolean summary;

    /** The gold formats {@code evaluate} reads. */
    enum GoldFormat { json, brat }

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) {
            throw new SummitKgException(gold + ": --gold must be a folder of gold files, was not found");
        }
        GoldFormat f = format != null ? format : BratReader.isBrat(gold) ? GoldFormat.brat : GoldFormat.json;
        if (f == GoldFormat.brat) {
            BuildPipeline pipeline = BuildPipeline.withCache(cache);
            Progress progress = new Progress(spec.commandLine().getErr());
            new BratEvaluation(pipeline.onProgress(progress::step)).run(gold, spec.commandLine().getOut(), !summary, details);
            progress.finish();
            return 0;
        }
        List<GoldArticle> golds = readGold();
        List<ArticleScore> scores;
        try (TdbStore store = TdbStore.open(common.db)) {
            scores = new GraphEvaluator(store.dataset()).score(golds);
        }
        print(scores, spec.commandLine().getOut());
        return 0;
    }

    private List<GoldArticle> readGold() {
        try (Stream<Path> files = Files.list(gold)) {
            List<GoldArticle> golds = files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .filter(EvaluateCommand::isArticleGold).map(GoldArticle::read).toList();
            if (golds.isEmpty()) {
                throw new SummitKgException(gold + ": --gold must hold at least one gold article file, found none");
            }
            return golds;
        } catch (IOException e) {
            throw new SummitKgException(gold + ": gold folder cannot be listed", e);
        }
    }

    /** Gold folders may hold other JSON (e.g. a QID list); article files are JSON objects with "article". */
    private static boolean isArticleGold(Path file) {
        try {
            String head = Files.readString(file).stripLeading();
            return head.startsWith("{") && head.contains("\"article\"");
        } catch (IOException e) {
            return true;
        }
    }

    private void print(List<ArticleScore> scores, PrintWriter out) {
        out.printf("%-20s %-28s %5s %5s %6s %6s %6s%n", "category", "article", "gold", "found", "P", "R", "F1");
        for (String category : scores.get(0).scores().keySet()) {
            Score total = new Score(0, 0, 0, 0);
            for (ArticleScore s : scores) {
                row(out, category, s.article() + (s.inGraph() ? "" : " (not in graph)"), s.scores().get(category));
                total = total.plus(s.scores().get(category));
            }
            row(out, category, "ALL", total);
        }
        if (details) {
            scores.forEach(s -> printDetails(out, s));
        }
        out.flush();
    }

    private static void row(PrintWriter out, String category, String article, Score s) {
        out.printf("%-20s %-28s %5d %5d %6.3f %6.3f %6.3f%n", category, article, s.goldTotal(),
                s.truePositives() + s.falsePositives(), s.precision(), s.recall(), s.f1());
    }

    private static void printDetails(PrintWriter out, ArticleScore s) {
        out.println("== " + s.article());
        s.missed().forEach(m -> out.println("  missed   " + m));
        s.spurious().forEach(m -> out.println("  spurious " + m));
    }
}
