/**
 * What the rows of a jail roster or hotline sheet mean: the fields a column can hold (with the labels real files use
 * for them, in English and Spanish), how their values are normalised, and how rows become people, bookings, charges
 * and ICE holds, and the remembered column mapping of a file layout.
 */
package org.amparo.imports.domain;
