package org.themetaxonomy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Prints one table from a JMH JSON result file and the heap probe's lines: time, MB/s, ns per
 * theme, ratio to the floor of the same run, growth from 100,000 to 1,000,000 themes, and retained
 * heap.
 *
 * <p>Usage: {@code Table JMH_JSON HEAP_FILE DATA_FOLDER}.
 */
public final class Table {
  private Table() {}

  private record Result(double ms, double errorMs) {}

  /**
   * Prints the table.
   *
   * @param args the JMH result file, the heap probe's output, the data folder
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    JsonNode runs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, Map<Integer, Result>> by = new LinkedHashMap<>();
    for (JsonNode run : runs) {
      String name = run.get("benchmark").asText().replaceAll(".*\\.", "");
      int n = run.get("params").get("themes").asInt();
      JsonNode m = run.get("primaryMetric");
      double scale =
          switch (m.get("scoreUnit").asText()) {
            case "ns/op" -> 1e-6;
            case "us/op" -> 1e-3;
            case "s/op" -> 1e3;
            default -> 1;
          };
      by.computeIfAbsent(name, k -> new TreeMap<>())
          .put(
              n,
              new Result(
                  m.get("score").asDouble() * scale,
                  (Double.isNaN(m.get("scoreError").asDouble())
                          ? 0
                          : m.get("scoreError").asDouble())
                      * scale));
    }
    Path data = Path.of(args[2]);
    System.out.println(
        "JMH, one fork per benchmark, -Xms6g -Xmx6g -XX:+UseParallelGC; ratios against the floor"
            + " measured in the same run");
    System.out.printf(
        Locale.ROOT,
        "%-20s %9s %14s %9s %11s %9s %9s%n",
        "benchmark",
        "themes",
        "time",
        "MB/s",
        "ns/theme",
        "x floor",
        "x 10x n");
    for (Map.Entry<String, Map<Integer, Result>> e : by.entrySet()) {
      String name = e.getKey();
      boolean query = List.of("children", "ancestors", "areasOf", "themesOf").contains(name);
      boolean csv = name.toLowerCase(Locale.ROOT).contains("csv");
      String floor = csv ? "csvRowScan" : "jsonTokenScan";
      for (Map.Entry<Integer, Result> r : e.getValue().entrySet()) {
        int n = r.getKey();
        Result res = r.getValue();
        String time =
            query
                ? String.format(Locale.ROOT, "%.0f ns/call", res.ms * 1e6)
                : String.format(Locale.ROOT, "%.1f±%.1f ms", res.ms, res.errorMs);
        String mbs = "";
        String perTheme = "";
        String ratio = "";
        String growth = "";
        if (!query) {
          if (!name.equals("buildAndValidate")) {
            long bytes = csv ? size(data.resolve("t" + n)) : size(data.resolve("t" + n + ".json"));
            mbs = String.format(Locale.ROOT, "%.1f", bytes / 1e6 / (res.ms / 1e3));
          }
          perTheme = String.format(Locale.ROOT, "%.0f", res.ms * 1e6 / n);
          Result f = by.getOrDefault(floor, Map.of()).get(n);
          if (f != null && !name.equals(floor) && !name.equals("buildAndValidate")) {
            ratio = String.format(Locale.ROOT, "%.2f", res.ms / f.ms);
          }
          Result smaller = e.getValue().get(n / 10);
          if (smaller != null) {
            growth = String.format(Locale.ROOT, "%.1f", res.ms / smaller.ms);
          }
        }
        System.out.printf(
            Locale.ROOT,
            "%-20s %9d %14s %9s %11s %9s %9s%n",
            name,
            n,
            time,
            mbs,
            perTheme,
            ratio,
            growth);
      }
    }
    System.out.println();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      String[] f = line.trim().split(" ");
      if (f.length == 3) {
        System.out.printf(
            Locale.ROOT,
            "retained heap of the loaded model, %,d themes: %,d bytes, %s bytes per theme%n",
            Integer.parseInt(f[0]),
            Long.parseLong(f[1]),
            f[2]);
      }
    }
  }

  private static long size(Path p) throws IOException {
    if (Files.isRegularFile(p)) {
      return Files.size(p);
    }
    try (Stream<Path> files = Files.list(p)) {
      long total = 0;
      for (Path f : files.toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }
}
