/** Small things every module uses the same way: Russian dates, JSON variables, printable reports (DOCX). */
package ru.nastavnik.common;
