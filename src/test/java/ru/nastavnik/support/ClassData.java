package ru.nastavnik.support;

import java.util.Locale;

/**
 * The names of one test class's own data in the shared test database: each carries the class's name, so no two classes
 * share a school, a person or a business key, and a name says which test made it (no run id, the same on every run;
 * each test JVM starts on a database of its own). Schools as such come with a later issue: until then the class is the unit.
 */
public record ClassData(String owner) {

    public static ClassData of(Class<?> testClass) {
        return new ClassData(testClass.getSimpleName());
    }

    /** A school of this class, named for what a test does with it: «Школа подписанных приказов (OrderProcessTest)». */
    public String school(String name) {
        return name + " (" + owner + ")";
    }

    /** A business key of this class: {@code OrderProcessTest-signed}. */
    public String key(String name) {
        return owner + "-" + name;
    }

    /**
     * A bank e-mail of this class, {@code lada.bankformtest@school.example} (the bank keeps addresses lower-case and
     * unique, so tests of one class that must not see each other's people give them different names).
     */
    public String email(String person) {
        return person + "." + owner.toLowerCase(Locale.ROOT) + "@school.example";
    }
}
