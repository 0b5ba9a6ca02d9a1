/**
 * Reading the spreadsheets people and ICE send: .xlsx streamed (never a whole workbook in memory), legacy .xls,
 * and .csv with its delimiter and encoding detected; hostile and broken files refused with a message. Also the
 * JPA repository of remembered file layouts.
 */
package org.amparo.imports.infrastructure;
