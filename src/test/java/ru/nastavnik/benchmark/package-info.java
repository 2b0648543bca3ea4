/** The region benchmark (docs/benchmarks.md): `mvn -B -Pbenchmark verify` at full scale; a smoke with tiny numbers runs in every `mvn verify`. */
package ru.nastavnik.benchmark;
