/** Demo set-up: demo accounts and synthetic cases for trying Amparo out, and the first administrator otherwise. */
package org.amparo.demo;
