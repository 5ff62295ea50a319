<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="1" labelsEnabled="1" maxScale="0" minScale="8000" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="Symbology|Labeling|Diagrams|Rendering" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <renderer-v2 attr="kind" enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="categorizedSymbol">
    <categories>
      <category label="Idea" render="true" symbol="0" value="idea" />
      <category label="Constraint" render="true" symbol="1" value="constraint" />
      <category label="Question" render="true" symbol="2" value="question" />
      <category label="Proposal zone" render="true" symbol="3" value="proposal_zone" />
      <category label="Circulation" render="true" symbol="4" value="circulation" />
      <category label="Existing tree" render="true" symbol="5" value="existing_tree" />
      <category label="View" render="true" symbol="6" value="view" />
      <category label="Access" render="true" symbol="7" value="access" />
      <category label="Not set or other" render="true" symbol="8" value="" />
    </categories>
    <symbols>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="255,255,255,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="1.7" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="255,255,255,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="1.7" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="201,139,0,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="201,139,0,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="0.9" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="SymbolType" type="QString" value="Marker" />
            <Option name="geometryModifier" type="QString" value="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
            <Option name="units" type="QString" value="MapUnit" />
          </Option>
          <prop k="SymbolType" v="Marker" />
          <prop k="geometryModifier" v="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
          <prop k="units" v="MapUnit" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@0@2" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="201,139,0,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.4" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="201,139,0,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.4" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '201,139,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '255,255,255,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="213,94,0,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,-2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="112,49,0,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="213,94,0,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,-2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="112,49,0,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;reuse_conversion&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '213,94,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '112,49,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="86,180,233,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="45,95,123,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="86,180,233,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="45,95,123,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;flexibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '86,180,233,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '45,95,123,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,158,115,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,83,61,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,158,115,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,83,61,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;sustainability&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,158,115,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,83,61,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,114,178,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,60,94,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,114,178,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,60,94,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;accessibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,114,178,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,60,94,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="240,228,66,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="126,120,35,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="240,228,66,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="126,120,35,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;community_inspiration&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '240,228,66,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '126,120,35,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="204,121,167,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="107,64,88,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="204,121,167,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="107,64,88,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;creative_space_network&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '204,121,167,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '107,64,88,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="1" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="255,255,255,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="1.7" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="255,255,255,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="1.7" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="flat" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="192,57,43,255" />
            <Option name="line_style" type="QString" value="dash" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="flat" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="192,57,43,255" />
          <prop k="line_style" v="dash" />
          <prop k="line_width" v="0.9" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="SymbolType" type="QString" value="Marker" />
            <Option name="geometryModifier" type="QString" value="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
            <Option name="units" type="QString" value="MapUnit" />
          </Option>
          <prop k="SymbolType" v="Marker" />
          <prop k="geometryModifier" v="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
          <prop k="units" v="MapUnit" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@1@2" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="192,57,43,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.4" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="192,57,43,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.4" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '192,57,43,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '255,255,255,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="213,94,0,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,-2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="112,49,0,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="213,94,0,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,-2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="112,49,0,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;reuse_conversion&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '213,94,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '112,49,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="86,180,233,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="45,95,123,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="86,180,233,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="45,95,123,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;flexibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '86,180,233,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '45,95,123,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,158,115,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,83,61,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,158,115,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,83,61,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;sustainability&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,158,115,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,83,61,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,114,178,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,60,94,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,114,178,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,60,94,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;accessibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,114,178,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,60,94,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="240,228,66,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="126,120,35,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="240,228,66,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="126,120,35,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;community_inspiration&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '240,228,66,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '126,120,35,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="204,121,167,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="107,64,88,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="204,121,167,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="107,64,88,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;creative_space_network&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '204,121,167,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '107,64,88,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="2" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="255,255,255,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="1.7" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="255,255,255,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="1.7" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="31,111,209,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="31,111,209,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="0.9" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="SymbolType" type="QString" value="Marker" />
            <Option name="geometryModifier" type="QString" value="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
            <Option name="units" type="QString" value="MapUnit" />
          </Option>
          <prop k="SymbolType" v="Marker" />
          <prop k="geometryModifier" v="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
          <prop k="units" v="MapUnit" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@2@2" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="31,111,209,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.4" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="31,111,209,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.4" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '31,111,209,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '255,255,255,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="213,94,0,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,-2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="112,49,0,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="213,94,0,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,-2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="112,49,0,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;reuse_conversion&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '213,94,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '112,49,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="86,180,233,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="45,95,123,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="86,180,233,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="45,95,123,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;flexibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '86,180,233,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '45,95,123,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,158,115,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,83,61,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,158,115,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,83,61,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;sustainability&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,158,115,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,83,61,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,114,178,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,60,94,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,114,178,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,60,94,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;accessibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,114,178,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,60,94,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="240,228,66,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="126,120,35,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="240,228,66,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="126,120,35,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;community_inspiration&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '240,228,66,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '126,120,35,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="204,121,167,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="107,64,88,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="204,121,167,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="107,64,88,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;creative_space_network&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '204,121,167,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '107,64,88,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="3" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="255,255,255,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="1.7" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="255,255,255,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="1.7" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="142,68,173,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="142,68,173,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="0.9" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="SymbolType" type="QString" value="Marker" />
            <Option name="geometryModifier" type="QString" value="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
            <Option name="units" type="QString" value="MapUnit" />
          </Option>
          <prop k="SymbolType" v="Marker" />
          <prop k="geometryModifier" v="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
          <prop k="units" v="MapUnit" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@3@2" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="142,68,173,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.4" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="142,68,173,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.4" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '142,68,173,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '255,255,255,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="213,94,0,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,-2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="112,49,0,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="213,94,0,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,-2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="112,49,0,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;reuse_conversion&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '213,94,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '112,49,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="86,180,233,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="45,95,123,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="86,180,233,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="45,95,123,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;flexibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '86,180,233,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '45,95,123,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,158,115,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,83,61,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,158,115,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,83,61,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;sustainability&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,158,115,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,83,61,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,114,178,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,60,94,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,114,178,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,60,94,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;accessibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,114,178,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,60,94,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="240,228,66,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="126,120,35,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="240,228,66,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="126,120,35,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;community_inspiration&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '240,228,66,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '126,120,35,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="204,121,167,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="107,64,88,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="204,121,167,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="107,64,88,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;creative_space_network&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '204,121,167,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '107,64,88,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="4" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="255,255,255,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="1.7" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="255,255,255,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="1.7" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="230,126,34,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="230,126,34,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="0.9" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="MarkerLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="average_angle_length" type="QString" value="4" />
            <Option name="average_angle_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="average_angle_unit" type="QString" value="MM" />
            <Option name="interval" type="QString" value="3" />
            <Option name="interval_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_along_line" type="QString" value="0" />
            <Option name="offset_along_line_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="placement" type="QString" value="lastvertex" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <prop k="average_angle_length" v="4" />
          <prop k="average_angle_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="average_angle_unit" v="MM" />
          <prop k="interval" v="3" />
          <prop k="interval_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="interval_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_along_line" v="0" />
          <prop k="offset_along_line_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_along_line_unit" v="MM" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="placement" v="lastvertex" />
          <prop k="ring_filter" v="0" />
          <prop k="rotate" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@4@2" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="230,126,34,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.15" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="230,126,34,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="filled_arrowhead" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.15" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="SymbolType" type="QString" value="Marker" />
            <Option name="geometryModifier" type="QString" value="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
            <Option name="units" type="QString" value="MapUnit" />
          </Option>
          <prop k="SymbolType" v="Marker" />
          <prop k="geometryModifier" v="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
          <prop k="units" v="MapUnit" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@4@3" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="230,126,34,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.4" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="230,126,34,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.4" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '230,126,34,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '255,255,255,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="213,94,0,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,-2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="112,49,0,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="213,94,0,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,-2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="112,49,0,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;reuse_conversion&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '213,94,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '112,49,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="86,180,233,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="45,95,123,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="86,180,233,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="45,95,123,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;flexibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '86,180,233,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '45,95,123,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,158,115,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,83,61,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,158,115,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,83,61,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;sustainability&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,158,115,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,83,61,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,114,178,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,60,94,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,114,178,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,60,94,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;accessibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,114,178,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,60,94,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="240,228,66,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="126,120,35,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="240,228,66,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="126,120,35,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;community_inspiration&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '240,228,66,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '126,120,35,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="204,121,167,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="107,64,88,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="204,121,167,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="107,64,88,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;creative_space_network&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '204,121,167,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '107,64,88,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="5" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="255,255,255,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="1.7" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="255,255,255,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="1.7" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="46,139,87,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="46,139,87,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="0.9" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="SymbolType" type="QString" value="Marker" />
            <Option name="geometryModifier" type="QString" value="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
            <Option name="units" type="QString" value="MapUnit" />
          </Option>
          <prop k="SymbolType" v="Marker" />
          <prop k="geometryModifier" v="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
          <prop k="units" v="MapUnit" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@5@2" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="46,139,87,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.4" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="46,139,87,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.4" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '46,139,87,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '255,255,255,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="213,94,0,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,-2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="112,49,0,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="213,94,0,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,-2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="112,49,0,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;reuse_conversion&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '213,94,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '112,49,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="86,180,233,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="45,95,123,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="86,180,233,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="45,95,123,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;flexibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '86,180,233,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '45,95,123,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,158,115,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,83,61,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,158,115,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,83,61,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;sustainability&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,158,115,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,83,61,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,114,178,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,60,94,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,114,178,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,60,94,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;accessibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,114,178,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,60,94,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="240,228,66,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="126,120,35,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="240,228,66,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="126,120,35,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;community_inspiration&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '240,228,66,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '126,120,35,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="204,121,167,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="107,64,88,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="204,121,167,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="107,64,88,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;creative_space_network&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '204,121,167,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '107,64,88,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="6" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="255,255,255,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="1.7" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="255,255,255,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="1.7" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="flat" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="18,135,127,255" />
            <Option name="line_style" type="QString" value="dash" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="flat" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="18,135,127,255" />
          <prop k="line_style" v="dash" />
          <prop k="line_width" v="0.9" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="MarkerLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="average_angle_length" type="QString" value="4" />
            <Option name="average_angle_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="average_angle_unit" type="QString" value="MM" />
            <Option name="interval" type="QString" value="3" />
            <Option name="interval_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_along_line" type="QString" value="0" />
            <Option name="offset_along_line_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="placement" type="QString" value="lastvertex" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <prop k="average_angle_length" v="4" />
          <prop k="average_angle_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="average_angle_unit" v="MM" />
          <prop k="interval" v="3" />
          <prop k="interval_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="interval_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_along_line" v="0" />
          <prop k="offset_along_line_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_along_line_unit" v="MM" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="placement" v="lastvertex" />
          <prop k="ring_filter" v="0" />
          <prop k="rotate" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@6@2" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="18,135,127,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.15" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="18,135,127,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="filled_arrowhead" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.15" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="SymbolType" type="QString" value="Marker" />
            <Option name="geometryModifier" type="QString" value="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
            <Option name="units" type="QString" value="MapUnit" />
          </Option>
          <prop k="SymbolType" v="Marker" />
          <prop k="geometryModifier" v="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
          <prop k="units" v="MapUnit" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@6@3" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="18,135,127,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.4" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="18,135,127,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.4" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '18,135,127,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '255,255,255,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="213,94,0,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,-2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="112,49,0,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="213,94,0,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,-2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="112,49,0,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;reuse_conversion&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '213,94,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '112,49,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="86,180,233,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="45,95,123,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="86,180,233,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="45,95,123,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;flexibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '86,180,233,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '45,95,123,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,158,115,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,83,61,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,158,115,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,83,61,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;sustainability&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,158,115,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,83,61,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,114,178,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,60,94,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,114,178,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,60,94,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;accessibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,114,178,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,60,94,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="240,228,66,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="126,120,35,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="240,228,66,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="126,120,35,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;community_inspiration&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '240,228,66,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '126,120,35,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="204,121,167,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="107,64,88,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="204,121,167,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="107,64,88,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;creative_space_network&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '204,121,167,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '107,64,88,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="7" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="255,255,255,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="1.7" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="255,255,255,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="1.7" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="52,73,94,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="52,73,94,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="0.9" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="MarkerLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="average_angle_length" type="QString" value="4" />
            <Option name="average_angle_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="average_angle_unit" type="QString" value="MM" />
            <Option name="interval" type="QString" value="3" />
            <Option name="interval_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="interval_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_along_line" type="QString" value="0" />
            <Option name="offset_along_line_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_along_line_unit" type="QString" value="MM" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="placement" type="QString" value="lastvertex" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="rotate" type="QString" value="1" />
          </Option>
          <prop k="average_angle_length" v="4" />
          <prop k="average_angle_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="average_angle_unit" v="MM" />
          <prop k="interval" v="3" />
          <prop k="interval_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="interval_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_along_line" v="0" />
          <prop k="offset_along_line_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_along_line_unit" v="MM" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="placement" v="lastvertex" />
          <prop k="ring_filter" v="0" />
          <prop k="rotate" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@7@2" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="52,73,94,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="filled_arrowhead" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.15" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="52,73,94,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="filled_arrowhead" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.15" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="SymbolType" type="QString" value="Marker" />
            <Option name="geometryModifier" type="QString" value="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
            <Option name="units" type="QString" value="MapUnit" />
          </Option>
          <prop k="SymbolType" v="Marker" />
          <prop k="geometryModifier" v="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
          <prop k="units" v="MapUnit" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@7@3" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="52,73,94,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.4" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="52,73,94,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.4" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '52,73,94,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '255,255,255,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="213,94,0,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,-2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="112,49,0,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="213,94,0,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,-2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="112,49,0,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;reuse_conversion&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '213,94,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '112,49,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="86,180,233,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="45,95,123,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="86,180,233,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="45,95,123,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;flexibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '86,180,233,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '45,95,123,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,158,115,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,83,61,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,158,115,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,83,61,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;sustainability&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,158,115,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,83,61,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,114,178,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,60,94,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,114,178,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,60,94,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;accessibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,114,178,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,60,94,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="240,228,66,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="126,120,35,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="240,228,66,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="126,120,35,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;community_inspiration&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '240,228,66,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '126,120,35,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="204,121,167,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="107,64,88,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="204,121,167,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="107,64,88,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;creative_space_network&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '204,121,167,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '107,64,88,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="8" type="line">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="255,255,255,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="1.7" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="255,255,255,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="1.7" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="align_dash_pattern" type="QString" value="0" />
            <Option name="capstyle" type="QString" value="round" />
            <Option name="customdash" type="QString" value="5;2" />
            <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="customdash_unit" type="QString" value="MM" />
            <Option name="dash_pattern_offset" type="QString" value="0" />
            <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
            <Option name="draw_inside_polygon" type="QString" value="0" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="line_color" type="QString" value="163,169,174,255" />
            <Option name="line_style" type="QString" value="solid" />
            <Option name="line_width" type="QString" value="0.9" />
            <Option name="line_width_unit" type="QString" value="MM" />
            <Option name="offset" type="QString" value="0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="ring_filter" type="QString" value="0" />
            <Option name="trim_distance_end" type="QString" value="0" />
            <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_end_unit" type="QString" value="MM" />
            <Option name="trim_distance_start" type="QString" value="0" />
            <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="trim_distance_start_unit" type="QString" value="MM" />
            <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
            <Option name="use_custom_dash" type="QString" value="0" />
            <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
          </Option>
          <prop k="align_dash_pattern" v="0" />
          <prop k="capstyle" v="round" />
          <prop k="customdash" v="5;2" />
          <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="customdash_unit" v="MM" />
          <prop k="dash_pattern_offset" v="0" />
          <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="dash_pattern_offset_unit" v="MM" />
          <prop k="draw_inside_polygon" v="0" />
          <prop k="joinstyle" v="round" />
          <prop k="line_color" v="163,169,174,255" />
          <prop k="line_style" v="solid" />
          <prop k="line_width" v="0.9" />
          <prop k="line_width_unit" v="MM" />
          <prop k="offset" v="0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="ring_filter" v="0" />
          <prop k="trim_distance_end" v="0" />
          <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_end_unit" v="MM" />
          <prop k="trim_distance_start" v="0" />
          <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="trim_distance_start_unit" v="MM" />
          <prop k="tweak_dash_pattern_on_corners" v="0" />
          <prop k="use_custom_dash" v="0" />
          <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="GeometryGenerator" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="SymbolType" type="QString" value="Marker" />
            <Option name="geometryModifier" type="QString" value="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
            <Option name="units" type="QString" value="MapUnit" />
          </Option>
          <prop k="SymbolType" v="Marker" />
          <prop k="geometryModifier" v="if(coalesce(&quot;criteria&quot; LIKE '%&quot;%', false), line_interpolate_point($geometry, length($geometry) / 2), NULL)" />
          <prop k="units" v="MapUnit" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@8@2" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="163,169,174,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.4" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="163,169,174,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.4" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '163,169,174,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '255,255,255,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="213,94,0,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,-2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="112,49,0,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="213,94,0,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,-2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="112,49,0,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;reuse_conversion&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '213,94,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '112,49,0,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="86,180,233,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="45,95,123,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="86,180,233,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="45,95,123,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;flexibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '86,180,233,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '45,95,123,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,158,115,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,83,61,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,158,115,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,83,61,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;sustainability&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,158,115,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,83,61,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="0,114,178,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,2.79999999999999982" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="0,60,94,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="0,114,178,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,2.79999999999999982" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="0,60,94,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;accessibility&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,114,178,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '0,60,94,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="240,228,66,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="126,120,35,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="240,228,66,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="126,120,35,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;community_inspiration&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '240,228,66,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '126,120,35,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="204,121,167,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="-2.42499999999999982,-1.39999999999999991" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="107,64,88,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.3" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="2.4" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="204,121,167,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="-2.42499999999999982,-1.39999999999999991" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="107,64,88,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.3" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="2.4" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" type="Map">
                    <Option name="enabled" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="coalesce(&quot;criteria&quot; LIKE '%&quot;creative_space_network&quot;%', false)" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="fillColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '204,121,167,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                    <Option name="outlineColor" type="Map">
                      <Option name="active" type="bool" value="true" />
                      <Option name="expression" type="QString" value="if($id IS NULL, '0,0,0,0', '107,64,88,255')" />
                      <Option name="type" type="int" value="3" />
                    </Option>
                  </Option>
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
    </symbols>
    <rotation />
    <sizescale />
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="text" fontFamily="DejaVu Sans" fontItalic="1" fontKerning="1" fontLetterSpacing="0" fontSize="7" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="50" fontWordSpacing="0" isExpression="0" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="31,35,40,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
        <families />
        <text-buffer bufferBlendMode="0" bufferColor="255,255,255,255" bufferDraw="1" bufferJoinStyle="128" bufferNoFill="1" bufferOpacity="0.84999999999999998" bufferSize="0.80000000000000004" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferSizeUnits="MM" />
        <text-mask maskEnabled="0" maskJoinStyle="128" maskOpacity="1" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskSizeUnits="MM" maskType="0" maskedSymbolLayers="" />
        <background shapeBlendMode="0" shapeBorderColor="128,128,128,255" shapeBorderWidth="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeDraw="0" shapeFillColor="255,255,255,255" shapeJoinStyle="64" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeOffsetX="0" shapeOffsetY="0" shapeOpacity="1" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeRadiiX="0" shapeRadiiY="0" shapeRotation="0" shapeRotationType="0" shapeSVGFile="" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeSizeUnit="MM" shapeSizeX="0" shapeSizeY="0" shapeType="0">
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="fillSymbol" type="fill">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="128,128,128,255" />
                <Option name="outline_style" type="QString" value="no" />
                <Option name="outline_width" type="QString" value="0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="style" type="QString" value="solid" />
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="joinstyle" v="bevel" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="128,128,128,255" />
              <prop k="outline_style" v="no" />
              <prop k="outline_width" v="0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="style" v="solid" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowBlendMode="6" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowOpacity="0.69999999999999996" shadowRadius="1.5" shadowRadiusAlphaOnly="0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowScale="100" shadowUnder="0" />
        <dd_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </dd_properties>
        <substitutions />
      </text-style>
      <text-format addDirectionSymbol="0" autoWrapLength="24" decimals="3" formatNumbers="0" leftDirectionSymbol="&lt;" multilineAlign="3" placeDirectionSymbol="0" plussign="0" reverseDirectionSymbol="0" rightDirectionSymbol="&gt;" useMaxLineLengthForAutoWrap="1" wrapChar="" />
      <placement centroidInside="0" centroidWhole="0" dist="0" distMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" fitInPolygonOnly="0" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" lineAnchorClipping="0" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" offsetType="0" offsetUnits="MM" overrunDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" placement="2" placementFlags="10" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" priority="8" quadOffset="4" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationAngle="0" rotationUnit="AngleDegrees" xOffset="0" yOffset="0" />
      <rendering displayAll="0" drawLabels="1" fontLimitPixelSize="0" fontMaxPixelSize="10000" fontMinPixelSize="0" labelPerPart="0" limitNumLabels="0" maxNumLabels="2000" mergeLines="0" minFeatureSize="0" obstacle="1" obstacleFactor="1" obstacleType="1" scaleMax="5000" scaleMin="0" scaleVisibility="1" unplacedVisibility="0" upsidedownLabels="0" zIndex="0" />
      <dd_properties>
        <Option type="Map">
          <Option name="name" type="QString" value="" />
          <Option name="properties" />
          <Option name="type" type="QString" value="collection" />
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility" />
          <Option name="blendMode" type="int" value="0" />
          <Option name="ddProperties" type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
          <Option name="drawToAllParts" type="bool" value="false" />
          <Option name="enabled" type="QString" value="0" />
          <Option name="labelAnchorPoint" type="QString" value="point_on_exterior" />
          <Option name="lineSymbol" type="QString" value="&lt;symbol alpha=&quot;1&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; type=&quot;line&quot;&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot; /&gt;&lt;Option name=&quot;properties&quot; /&gt;&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot; /&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;align_dash_pattern&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;capstyle&quot; type=&quot;QString&quot; value=&quot;square&quot; /&gt;&lt;Option name=&quot;customdash&quot; type=&quot;QString&quot; value=&quot;5;2&quot; /&gt;&lt;Option name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;customdash_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;joinstyle&quot; type=&quot;QString&quot; value=&quot;bevel&quot; /&gt;&lt;Option name=&quot;line_color&quot; type=&quot;QString&quot; value=&quot;60,60,60,255&quot; /&gt;&lt;Option name=&quot;line_style&quot; type=&quot;QString&quot; value=&quot;solid&quot; /&gt;&lt;Option name=&quot;line_width&quot; type=&quot;QString&quot; value=&quot;0.3&quot; /&gt;&lt;Option name=&quot;line_width_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;offset&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;ring_filter&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_end&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;trim_distance_start&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;use_custom_dash&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;/Option&gt;&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot; /&gt;&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot; /&gt;&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot; /&gt;&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot; /&gt;&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot; /&gt;&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot; /&gt;&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;offset&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot; /&gt;&lt;Option name=&quot;properties&quot; /&gt;&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot; /&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;/layer&gt;&lt;/symbol&gt;" />
          <Option name="minLength" type="double" value="0" />
          <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="minLengthUnit" type="QString" value="MM" />
          <Option name="offsetFromAnchor" type="double" value="0" />
          <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="offsetFromAnchorUnit" type="QString" value="MM" />
          <Option name="offsetFromLabel" type="double" value="0" />
          <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="offsetFromLabelUnit" type="QString" value="MM" />
        </Option>
      </callout>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <SingleCategoryDiagramRenderer attributeLegend="1" diagramType="Pie">
    <DiagramCategory backgroundAlpha="255" backgroundColor="#000000" barWidth="5" diagramOrientation="Up" direction="1" enabled="1" height="6" labelPlacementMethod="Height" lineSizeScale="3x:0,0,0,0,0,0" lineSizeType="MM" maxScaleDenominator="0" minScaleDenominator="0" minimumSize="0" opacity="1" penAlpha="255" penColor="#ffffff" penWidth="0.3" rotationOffset="270" scaleBasedVisibility="0" scaleDependency="Area" showAxis="0" sizeScale="3x:0,0,0,0,0,0" sizeType="MM" spacing="0" spacingUnit="MM" spacingUnitScale="3x:0,0,0,0,0,0" width="6">
      <fontProperties description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style="" />
      <attribute color="#000000" colorOpacity="0" field="0" label="Competition criteria" />
      <attribute color="#d55e00" colorOpacity="1" field="coalesce(&quot;criteria&quot; LIKE '%&quot;reuse_conversion&quot;%', false)" label="Reuse and conversion" />
      <attribute color="#56b4e9" colorOpacity="1" field="coalesce(&quot;criteria&quot; LIKE '%&quot;flexibility&quot;%', false)" label="Flexibility" />
      <attribute color="#009e73" colorOpacity="1" field="coalesce(&quot;criteria&quot; LIKE '%&quot;sustainability&quot;%', false)" label="Sustainability" />
      <attribute color="#0072b2" colorOpacity="1" field="coalesce(&quot;criteria&quot; LIKE '%&quot;accessibility&quot;%', false)" label="Accessibility" />
      <attribute color="#f0e442" colorOpacity="1" field="coalesce(&quot;criteria&quot; LIKE '%&quot;community_inspiration&quot;%', false)" label="Community inspiration" />
      <attribute color="#cc79a7" colorOpacity="1" field="coalesce(&quot;criteria&quot; LIKE '%&quot;creative_space_network&quot;%', false)" label="Contribution to the creative space network" />
      <axisSymbol>
        <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="" type="line">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <layer class="SimpleLine" enabled="1" locked="0" pass="0">
            <Option type="Map">
              <Option name="align_dash_pattern" type="QString" value="0" />
              <Option name="capstyle" type="QString" value="square" />
              <Option name="customdash" type="QString" value="5;2" />
              <Option name="customdash_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
              <Option name="customdash_unit" type="QString" value="MM" />
              <Option name="dash_pattern_offset" type="QString" value="0" />
              <Option name="dash_pattern_offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
              <Option name="dash_pattern_offset_unit" type="QString" value="MM" />
              <Option name="draw_inside_polygon" type="QString" value="0" />
              <Option name="joinstyle" type="QString" value="bevel" />
              <Option name="line_color" type="QString" value="35,35,35,255" />
              <Option name="line_style" type="QString" value="solid" />
              <Option name="line_width" type="QString" value="0.26" />
              <Option name="line_width_unit" type="QString" value="MM" />
              <Option name="offset" type="QString" value="0" />
              <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
              <Option name="offset_unit" type="QString" value="MM" />
              <Option name="ring_filter" type="QString" value="0" />
              <Option name="trim_distance_end" type="QString" value="0" />
              <Option name="trim_distance_end_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
              <Option name="trim_distance_end_unit" type="QString" value="MM" />
              <Option name="trim_distance_start" type="QString" value="0" />
              <Option name="trim_distance_start_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
              <Option name="trim_distance_start_unit" type="QString" value="MM" />
              <Option name="tweak_dash_pattern_on_corners" type="QString" value="0" />
              <Option name="use_custom_dash" type="QString" value="0" />
              <Option name="width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            </Option>
            <prop k="align_dash_pattern" v="0" />
            <prop k="capstyle" v="square" />
            <prop k="customdash" v="5;2" />
            <prop k="customdash_map_unit_scale" v="3x:0,0,0,0,0,0" />
            <prop k="customdash_unit" v="MM" />
            <prop k="dash_pattern_offset" v="0" />
            <prop k="dash_pattern_offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
            <prop k="dash_pattern_offset_unit" v="MM" />
            <prop k="draw_inside_polygon" v="0" />
            <prop k="joinstyle" v="bevel" />
            <prop k="line_color" v="35,35,35,255" />
            <prop k="line_style" v="solid" />
            <prop k="line_width" v="0.26" />
            <prop k="line_width_unit" v="MM" />
            <prop k="offset" v="0" />
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
            <prop k="offset_unit" v="MM" />
            <prop k="ring_filter" v="0" />
            <prop k="trim_distance_end" v="0" />
            <prop k="trim_distance_end_map_unit_scale" v="3x:0,0,0,0,0,0" />
            <prop k="trim_distance_end_unit" v="MM" />
            <prop k="trim_distance_start" v="0" />
            <prop k="trim_distance_start_map_unit_scale" v="3x:0,0,0,0,0,0" />
            <prop k="trim_distance_start_unit" v="MM" />
            <prop k="tweak_dash_pattern_on_corners" v="0" />
            <prop k="use_custom_dash" v="0" />
            <prop k="width_map_unit_scale" v="3x:0,0,0,0,0,0" />
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </axisSymbol>
    </DiagramCategory>
  </SingleCategoryDiagramRenderer>
  <DiagramLayerSettings dist="0" linePlacementFlags="1" obstacle="0" placement="0" priority="5" showAll="1" zIndex="0">
    <properties>
      <Option type="Map">
        <Option name="name" type="QString" value="" />
        <Option name="properties" type="Map">
          <Option name="show" type="Map">
            <Option name="active" type="bool" value="true" />
            <Option name="type" type="int" value="1" />
            <Option name="val" type="QString" value="false" />
          </Option>
        </Option>
        <Option name="type" type="QString" value="collection" />
      </Option>
    </properties>
  </DiagramLayerSettings>
  <layerGeometryType>1</layerGeometryType>
</qgis>
