import ArgumentParser
import Kernel

/// `redprop init`: creates the database with its district and administrator.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database with its district and the district administrator.")

    @OptionGroup var shared: SharedOptions

    @Option(help: "The district's Chinese name.")
    var district = "淄川区"

    @Option(help: "The district's administrative code.")
    var code = "370302"

    func run() throws {
        try failingWithStatusOne {
            let kernel = try shared.kernel(create: true)
            try kernel.initialise(districtCode: code, districtName: district)
            print("Created \(shared.location) with the district \(district) (\(code)) "
                + "and the actor \(Principal.districtAdministratorName).")
        }
    }
}
