import GRDB
import Kernel
import RedPropTesting
import LuaHost

/// A small module for kernel tests: shops placed in communities, inspections referring to them.
struct TestModule: Module {
    let name = "shop"
    let title = "测试商铺"
    let version = "1.0.0"

    static let shop = RecordType(
        name: "shop.shop", title: "商铺", singular: "shop", plural: "shops", key: "code",
        placement: [.community, .compound],
        fields: [
            Field("code", "编号", .text, required: true, unique: true),
            Field("name", "名称", .text, required: true),
            Field("staff", "员工数", .integer, default: 0,
                  check: { ($0.integerValue ?? 0) < 0 ? "must not be negative" : nil }),
            Field("licensed", "持证", .boolean, default: false),
            Field("opened", "开业日期", .date),
            Field("kind", "类型", .choice([Choice("food", "餐饮"), Choice("retail", "零售")])),
        ])

    static let inspection = RecordType(
        name: "shop.inspection", title: "检查", singular: "inspection", plural: "inspections", key: "code",
        placement: [.community, .compound],
        fields: [
            Field("code", "编号", .text, required: true, unique: true),
            Field("shop", "商铺", .reference("shop.shop"), required: true),
            Field("partners", "联合商铺", .references("shop.shop")),
        ])

    var recordTypes: [RecordType] { [Self.shop, Self.inspection] }

    var migrations: [Migration] {
        [Migration("shop.v1") { db in
            try TestModule.shop.createTables(db)
            try TestModule.inspection.createTables(db)
        }]
    }
}

/// A kernel with the sample district and the test module.
func shopKernel() throws -> Kernel {
    try TestKernel.withSampleDistrict(modules: [TestModule()])
}
