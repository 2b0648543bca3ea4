/**
 * Orders (приказы) of the school: numbered per school and school year without gaps, rendered as a printable DOCX,
 * signed or returned by the director; the delegate and listener the processes call, and the page listing them.
 */
package ru.nastavnik.orders;
