/**
 * The web kit of our own pages: who may see a page, JSON or HTML, documents to download ({@code StaffPages}), and how a
 * refusal is answered outside the engine REST APIs: our controllers ({@code RefusalPages}), the error page
 * ({@code ErrorPages}), a 503 while the database does not answer ({@code DatabaseReachability}), Tomcat's own.
 */
package ru.nastavnik.web;
