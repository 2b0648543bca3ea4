package ru.nastavnik.registry;

/** Russian counts: «1 строка», «3 строки», «11 строк». */
final class Plural {

    private Plural() {
    }

    static String rows(int count) {
        return of(count, "строка", "строки", "строк");
    }

    static String columns(int count) {
        return of(count, "столбец", "столбца", "столбцов");
    }

    static String of(int count, String one, String few, String many) {
        int lastTwo = count % 100;
        int last = count % 10;
        String word = lastTwo >= 11 && lastTwo <= 14 ? many : last == 1 ? one : last >= 2 && last <= 4 ? few : many;
        return count + " " + word;
    }
}
