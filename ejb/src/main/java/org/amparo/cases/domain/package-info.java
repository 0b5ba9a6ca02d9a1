/** Cases: one person's detention episode, its custody facts and the ICE documents received for it. */
package org.amparo.cases.domain;
