package io.eventwire.ingest.internal;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for batch runs, {@code [=====>    ] 120/400 files, 3.1 MB}, redrawn in
 * place with a carriage return at most ten times a second and ended with a newline on close. The
 * only place ingest writes to stderr. A hidden bar draws nothing. Not thread safe.
 */
public final class ProgressBar implements AutoCloseable {

    static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final int totalFiles;
    private final boolean visible;
    private final LongSupplier nanoTime;
    private int files;
    private long bytes;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream out, int totalFiles, boolean visible, LongSupplier nanoTime) {
        this.out = out;
        this.totalFiles = totalFiles;
        this.visible = visible;
        this.nanoTime = nanoTime;
    }

    /** A bar on {@code System.err}, drawn only when {@code visible}. */
    public static ProgressBar onStderr(int totalFiles, boolean visible) {
        return new ProgressBar(System.err, totalFiles, visible, System::nanoTime);
    }

    /** Counts one more file of {@code size} bytes and redraws when the last redraw is old enough. */
    public void advance(long size) {
        files++;
        bytes += Math.max(size, 0);
        long now = nanoTime.getAsLong();
        if (visible && (!drawn || now - lastDraw >= REDRAW_NANOS || files == totalFiles)) {
            out.print("\r" + render(files, totalFiles, bytes));
            out.flush();
            lastDraw = now;
            drawn = true;
        }
    }

    /** Ends the line of a drawn bar. */
    @Override
    public void close() {
        if (drawn) {
            out.println();
            out.flush();
        }
    }

    /** The bar for {@code files} of {@code totalFiles} done, {@code bytes} read. */
    static String render(int files, int totalFiles, long bytes) {
        int filled = totalFiles == 0 ? WIDTH : (int) ((long) WIDTH * files / totalFiles);
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled - 1 || filled == WIDTH ? '=' : i == filled - 1 ? '>' : ' ');
        }
        return bar.append("] ").append(files).append('/').append(totalFiles).append(" files, ")
                .append(humanBytes(bytes)).toString();
    }

    /** {@code bytes} in decimal units with one decimal: {@code 512 B}, {@code 3.1 MB}. */
    static String humanBytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
