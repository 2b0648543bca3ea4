/**
 * The banks of the programme: the mentee bank and the mentor bank, their import from the files schools keep
 * (CSV, XLSX, rows pasted from Excel), and the rules of pairs that change them (at most three mentees per mentor).
 */
package ru.nastavnik.registry;
