"""The card browser: every card in a table, to find, inspect, suspend, bury, forget or study."""
