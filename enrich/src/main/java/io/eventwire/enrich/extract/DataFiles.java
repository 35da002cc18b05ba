package io.eventwire.enrich.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads enrich's tab-separated data files, skipping comments and blank lines. */
public final class DataFiles {

    private DataFiles() {
    }

    /** The rows of {@code resource} (next to this class), each with at least {@code columns} cells. */
    static List<String[]> rows(String resource, int columns) {
        return rows(DataFiles.class, resource, columns);
    }

    /** The rows of {@code resource} next to {@code owner}, each with at least {@code columns} cells. */
    public static List<String[]> rows(Class<?> owner, String resource, int columns) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file " + resource + " is missing from the enrich module");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < columns) {
                    throw new IllegalStateException(resource + ":" + number + " has " + cells.length
                            + " columns, expected " + columns + ": " + line);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }
}
