/** The region benchmark (issue 7): `mvn -B -Pbenchmark verify` at full scale; a smoke with tiny numbers runs in every `mvn verify`. */
package ru.nastavnik.benchmark;
