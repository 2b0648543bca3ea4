/**
 * Moving running programmes and pairs to a newer version of their process: a plan first, then a batch visible in Cockpit.
 */
package ru.nastavnik.migration;
