/**
 * Ship-by deadlines watched: the orders still to ship that are overdue, due within hours, or will miss their
 * ship-by at the warehouse's current pace.
 */
package io.junction.deadline;
