/**
 * The demo profile (the default): demo people of every role, a demo school with its programme started,
 * and an in-process mail server whose letters are read in the browser.
 */
package ru.nastavnik.demo;
