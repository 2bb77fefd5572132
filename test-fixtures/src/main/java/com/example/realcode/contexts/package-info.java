/**
 * Calling contexts (issue 17 cause 1, issue 12 shape 7): a method is judged in the contexts that
 * really reach it. Each sub-package puts the false-positive shape (no marker: every real caller
 * runs the method inside a transaction) next to the racy shape that stays reported (an entry
 * point reaches it without one). The shapes follow real applications; no code is copied.
 */
package com.example.realcode.contexts;
