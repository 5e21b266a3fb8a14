/// One step of an iterator written in Swift: the next value, or the end.
public enum LuaIteratorStep {
    /// The loop variable's next value.
    case value(LuaValue)
    /// The next row, as parallel keys and values (pushed without a ``LuaTable``).
    case row(keys: [String], values: [LuaValue])
    /// The loop is over.
    case end
}
