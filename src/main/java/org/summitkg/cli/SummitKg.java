package org.summitkg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.summitkg.SummitKgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * Entry point of the {@code summit-kg} command.
 *
 * <pre>{@code
 * int exit = new CommandLine(new SummitKg()).execute("build", "--corpus", "corpus");
 * }</pre>
 */
@Command(name = "summit-kg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a knowledge graph of people, places, organizations, events and statements "
                + "from news articles, and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                EvaluateCommand.class, LinkCommand.class, GazetteerCommand.class, BenchCommand.class, RemoveCommand.class,
                SparkBuildCommand.class, LoadCommand.class, TrainCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure (or articles skipped), 2 usage error."})
public final class SummitKg implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Given once, before or after the command's name, it holds for every command. */
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log more (CoreNLP's and Jena's own warnings too), and print stack traces of failures.")
    void verbose(boolean on) {
        if (on) {
            Configurator.setLevel("summitkg", Level.DEBUG);
            Configurator.setLevel("edu.stanford.nlp", Level.WARN);
            Configurator.setLevel("org.apache.jena", Level.WARN);
        }
    }

    public static void main(String[] args) {
        // Hadoop's client jar (Spark's) offers its shaded StAX parser to the whole JVM; Jena's XML input wants the JDK's
        System.getProperties().putIfAbsent("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        System.exit(commandLine().execute(args));
    }

    /** A command line with summit-kg's error handling: one clear line, the stack trace only with --verbose. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SummitKg()).setCaseInsensitiveEnumValuesAllowed(true);
        // results are UTF-8 whatever the platform's default (Java 17 takes it from the locale)
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("summit-kg: " + message(e));
            if (parseResult.hasMatchedOption("--verbose") || hasVerboseSub(parseResult)) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cli;
    }

    private static boolean hasVerboseSub(CommandLine.ParseResult result) {
        CommandLine.ParseResult sub = result.subcommand();
        return sub != null && sub.hasMatchedOption("--verbose");
    }

    private static String message(Exception e) {
        if (e instanceof SummitKgException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
