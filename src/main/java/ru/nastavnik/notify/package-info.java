/**
 * Email to the school's people: Russian HTML and plain text from templates, each message sent at most once.
 */
package ru.nastavnik.notify;
