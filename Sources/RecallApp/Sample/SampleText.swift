import Foundation

/// The sample deck's text (`Decks/turkey-russia.txt`, excerpts of Wikipedia's "Russia–Turkey
/// relations", CC BY-SA 4.0), compiled into the program by SwiftPM's `embedInCode`, so that
/// `recall` studies it from any folder.
package enum SampleText {
    package static var data: Data { Data(PackageResources.turkey_russia_txt) }
}
