package io.github.raceguard.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** Runs the CLI in-process for tests in other packages. */
public final class MainAccess {
    private MainAccess() {
    }

    public static int run(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return Main.run(args, sink, sink);
    }
}
