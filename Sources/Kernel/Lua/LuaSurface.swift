import LuaHost

/// Everything Lua code sees: the kernel's libraries and every module's,
/// from one list of declarations (installed by ``ScriptHost``, documented
/// by the reference generator, completed by the console).
public enum LuaSurface {
    /// One global table of functions and constants.
    public struct Library: Sendable {
        /// The global name (`area`, `org`); empty for functions that are globals themselves.
        public var name: String
        /// What the library is for.
        public var summary: String
        /// Its functions.
        public var functions: [LuaFunctionDeclaration]
        /// Its constants.
        public var constants: [(String, LuaValue)]

        /// A library.
        public init(name: String, summary: String, functions: [LuaFunctionDeclaration],
                    constants: [(String, LuaValue)] = []) {
            self.name = name
            self.summary = summary
            self.functions = functions
            self.constants = constants
        }
    }

    /// The kernel's libraries, then one per module (record functions first, then its own).
    public static func libraries(_ registry: ModuleRegistry) -> [Library] {
        var libraries = KernelLuaLibraries.all(registry)
        for module in registry.modules {
            let generated = module.recordTypes.flatMap(RecordLuaFunctions.declarations(for:))
            libraries.append(Library(name: module.name, summary: "\(module.title) (\(module.name) \(module.version))",
                                     functions: generated + module.luaFunctions))
        }
        return libraries
    }
}
