package ru.nastavnik;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a module; modules use each other only through their top-level public types, without cycles. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(NastavnikApplication.class).verify();
    }
}
