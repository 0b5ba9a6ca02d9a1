/** Each person's reminders: the count in every page's header and the page with the list, the choices and the feed. */
package org.amparo.web.notifications;
