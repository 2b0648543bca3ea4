/**
 * Small things every module uses the same way: the one refusal ({@code Refused}) and its log filter, the clock, Russian
 * dates, JSON variables, printable reports (DOCX).
 */
package ru.nastavnik.common;
