import Foundation
import RecallKit
let url = URL(fileURLWithPath: CommandLine.arguments[1])
let file = try FSRSVectorFile(data: try Data(contentsOf: url), file: url.path)
let out = try file.replayed()
let enc = JSONEncoder()
try enc.encode(out).write(to: URL(fileURLWithPath: "/tmp/replay.json"))
