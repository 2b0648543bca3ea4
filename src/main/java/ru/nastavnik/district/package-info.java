/** The district level: its administrators add schools (one by one or from a list) and appoint their directors. */
package ru.nastavnik.district;
