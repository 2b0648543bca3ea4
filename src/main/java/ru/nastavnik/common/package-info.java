/** Small things every module uses the same way: Russian dates, JSON variables. */
package ru.nastavnik.common;
