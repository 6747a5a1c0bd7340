package dev.pulsegrid.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pulsegrid} root command: {@code gui} when no command is given. */
@Command(name = "pulsegrid",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Live cluster-membership monitor: UDP heartbeats in, a live grid of nodes out.",
        subcommands = {
            GuiCommand.class,
            AgentCommand.class,
            WatchCommand.class,
            SimulateCommand.class,
            ReplayCommand.class,
            ExportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class PulsegridCommand implements Runnable {
    private static final Set<String> ROOT_FLAGS = Set.of("-h", "--help", "-V", "--version");

    @Override
    public void run() {
        // Reached only via explicit routing below; kept for picocli's contract.
    }

    /** Builds the configured command line (error handling included); tests use this too. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PulsegridCommand());
        cl.setParameterExceptionHandler(new OneLineUsageErrors());
        cl.setExecutionExceptionHandler(new OneLineRuntimeErrors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Runs with {@code gui} inserted when no command is named, and returns the exit code. */
    public static int run(String[] args) {
        return commandLine().execute(withDefaultCommand(args));
    }

    static String[] withDefaultCommand(String[] args) {
        CommandLine probe = new CommandLine(new PulsegridCommand());
        if (args.length > 0 && (probe.getSubcommands().containsKey(args[0]) || ROOT_FLAGS.contains(args[0]))) {
            return args;
        }
        List<String> out = new ArrayList<>();
        out.add("gui");
        out.addAll(List.of(args));
        return out.toArray(String[]::new);
    }

    /** "pulsegrid watch: <problem>" and a pointer to --help, on one line; exit code 2. */
    static final class OneLineUsageErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            String suggestion = "";
            if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                List<String> near = OptionSuggestions.near(u.getUnmatched(), cmd.getCommandSpec().optionsMap().keySet());
                if (!near.isEmpty()) {
                    suggestion = " (did you mean " + String.join(" or ", near) + "?)";
                }
            }
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage() + suggestion
                    + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
    }

    /** Problems the operator can fix (port in use, bad file) print one line and exit 2; bugs keep their trace. */
    static final class OneLineRuntimeErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parse) {
            if (ex instanceof OperatorException || ex instanceof dev.pulsegrid.net.BindFailedException
                    || ex instanceof IllegalArgumentException) {
                cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
                cmd.getErr().flush();
                return CommandLine.ExitCode.USAGE;
            }
            throw new RuntimeException(ex);
        }
    }
}
