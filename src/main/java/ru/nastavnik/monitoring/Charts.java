package ru.nastavnik.monitoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's charts, drawn on the server as inline SVG (no script, nothing from outside): a key figure against
 * its target per school year, and horizontal bars for counts.
 */
final class Charts {

    static final String MET = "#2e7d32";
    static final String BELOW = "#ef6c00";
    static final String NONE = "#9e9e9e";
    private static final String TARGET = "#1c4a7a";

    /** One school year's value (percent, or null: no data) and its target. */
    record Point(String label, Integer value, int target) { }

    static String percentAgainstTarget(String title, List<Point> points) {
        int width = Math.max(340, 60 + points.size() * 110);
        int height = 230;
        int top = 42;
        int bottom = 190;
        StringBuilder svg = open(width, height, title);
        svg.append(text(8, 18, title, "start", 14, "bold", "#222"));
        for (int p = 0; p <= 100; p += 50) {
            int y = y(p, top, bottom);
            svg.append(String.format(Locale.ROOT, "<line x1='36' y1='%d' x2='%d' y2='%d' stroke='#e0e0e0'/>", y, width - 8, y));
            svg.append(text(32, y + 4, p + " %", "end", 11, "normal", "#777"));
        }
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            int x = 50 + i * 110;
            int targetY = y(point.target(), top, bottom);
            if (point.value() == null) {
                svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='60' height='%d' fill='none' stroke='%s' stroke-dasharray='4 3'/>",
                        x, bottom - 40, 40, NONE));
                svg.append(text(x + 30, bottom - 16, "нет данных", "middle", 11, "normal", NONE));
            } else {
                int valueY = y(point.value(), top, bottom);
                String colour = point.value() >= point.target() ? MET : BELOW;
                svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='60' height='%d' fill='%s'><title>%s</title></rect>",
                        x, valueY, Math.max(1, bottom - valueY), colour,
                        escape(point.label() + ": " + point.value() + " % при цели " + point.target() + " %")));
                svg.append(text(x + 30, valueY - 4, point.value() + " %", "middle", 13, "bold", colour));
            }
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='%s' stroke-width='3'/>",
                    x - 8, targetY, x + 68, targetY, TARGET));
            svg.append(text(x + 70, targetY - 3, "цель " + point.target(), "start", 10, "normal", TARGET));
            svg.append(text(x + 30, bottom + 16, point.label(), "middle", 12, "normal", "#333"));
        }
        return svg.append("</svg>").toString();
    }

    /** Counts as horizontal bars, one line each, with the count at the end. */
    static String bars(String title, Map<String, Integer> counts, String colour) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int height = 34 + Math.max(1, counts.size()) * 26;
        StringBuilder svg = open(420, height, title);
        svg.append(text(8, 18, title, "start", 14, "bold", "#222"));
        if (counts.isEmpty()) {
            svg.append(text(8, 46, "нет данных", "start", 12, "normal", NONE));
        }
        int row = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int y = 30 + row++ * 26;
            int length = max == 0 ? 0 : Math.round(180f * entry.getValue() / max);
            svg.append(text(8, y + 15, entry.getKey(), "start", 12, "normal", "#333"));
            svg.append(String.format(Locale.ROOT, "<rect x='200' y='%d' width='%d' height='18' fill='%s'/>", y + 2, Math.max(length, 1), colour));
            svg.append(text(206 + length, y + 15, String.valueOf(entry.getValue()), "start", 12, "bold", "#333"));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' viewBox='0 0 %d %d' role='img' aria-label='%s'>",
                width, height, width, height, escape(title)));
    }

    private static int y(int percent, int top, int bottom) {
        return bottom - Math.round((bottom - top) * Math.min(100, Math.max(0, percent)) / 100f);
    }

    private static String text(int x, int y, String text, String anchor, int size, String weight, String colour) {
        return String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='%s' font-size='%d' font-weight='%s' fill='%s' "
                + "font-family='Arial, sans-serif'>%s</text>", x, y, anchor, size, weight, colour, escape(text));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }

    private Charts() {
    }
}
