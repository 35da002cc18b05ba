package io.eventwire.runner.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Maximum-weight assignment (the Hungarian algorithm) on a rows-by-columns matrix of weights. */
final class Assignment {

    private Assignment() {
    }

    /** Row to column for the pairs of positive weight in a maximum-weight assignment. */
    static Map<Integer, Integer> maximum(int[][] weights) {
        int rows = weights.length;
        int cols = rows == 0 ? 0 : weights[0].length;
        int n = Math.max(rows, cols);
        if (n == 0) {
            return Map.of();
        }
        int big = 0;
        for (int[] row : weights) {
            for (int w : row) {
                big = Math.max(big, w);
            }
        }
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = big - (i < rows && j < cols ? weights[i][j] : 0);
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (int j = 1; j <= n; j++) {
            int i = p[j] - 1;
            if (i < rows && j - 1 < cols && weights[i][j - 1] > 0) {
                out.put(i, j - 1);
            }
        }
        return out;
    }
}
